/** Portuguese letter building blocks (same facts and caveats as en.ts). */
import type { LetterTemplate } from './types';

export const pt: LetterTemplate = {
  lang: 'pt',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Não assinem a Convenção das Nações Unidas contra o Crime Cibernético',
    do_not_accede: 'Não adiram à Convenção das Nações Unidas contra o Crime Cibernético',
    do_not_ratify:
      'Convenção das Nações Unidas contra o Crime Cibernético: nenhuma ratificação sem exame parlamentar completo',
    safeguards:
      'Convenção das Nações Unidas contra o Crime Cibernético: são necessárias garantias vinculativas',
    eu_consent:
      'Convenção das Nações Unidas contra o Crime Cibernético: o Parlamento Europeu deve recusar a sua aprovação',
  },
  salutation: {
    us_senate: 'Exmo.(a) Senador(a) {name},',
    us_house: 'Exmo.(a) Representante {name},',
    uk_commons: 'Exmo.(a) Deputado(a) {name},',
    eu_parliament: 'Exmo.(a) Deputado(a) {name},',
    head_of_government: 'Exmos. Senhores,',
    custom: 'Exmo.(a) Sr.(a) {name},',
  },
  opening:
    'Escrevo-lhe a propósito da Convenção das Nações Unidas contra o Crime Cibernético, adotada pela Assembleia Geral da ONU em 24 de dezembro de 2024 e aberta à assinatura em Hanói em outubro de 2025.',
  opening_city:
    'Escrevo-lhe de {city} a propósito da Convenção das Nações Unidas contra o Crime Cibernético, adotada pela Assembleia Geral da ONU em 24 de dezembro de 2024 e aberta à assinatura em Hanói em outubro de 2025.',
  roles: {
    journalist: 'Trabalho no jornalismo.',
    security_researcher: 'Trabalho em investigação de segurança informática.',
    it_worker: 'Trabalho na área das tecnologias da informação.',
    lawyer: 'Trabalho na área jurídica.',
    parent: 'Tenho filhos.',
    teacher: 'Trabalho no ensino.',
    business_owner: 'Dirijo uma empresa.',
    student: 'Sou estudante.',
  },
  role_custom: 'Sobre mim: {role}.',
  article: 'Escrevo-lhe na sequência do artigo «{title}» ({outlet}, {url}).',
  article_passage:
    'Escrevo-lhe na sequência do artigo «{title}» ({outlet}, {url}), que relata: «{passage}»',
  concerns_intro:
    'A Convenção é apresentada como um instrumento contra o crime cibernético, mas o seu alcance vai muito mais longe. Em particular:',
  concerns: {
    'serious-crime':
      'A sua porta de entrada é a definição de «crime grave» do artigo 2(h): qualquer conduta punível com pena máxima de pelo menos quatro anos de prisão. Como cada Estado fixa as suas próprias penas, um governo pode trazer delitos de expressão para o âmbito do tratado simplesmente aumentando a pena. As organizações de direitos humanos lembram que alguns Estados já punem com essa severidade a crítica ao governo, o protesto pacífico, as relações entre pessoas do mesmo sexo e o jornalismo de investigação.',
    'security-research':
      'Os crimes dos artigos 7 a 11 não contêm nenhuma proteção geral para a investigação de segurança de boa-fé, o jornalismo ou os denunciantes. Os requisitos de intenção e de dano são opcionais, o acesso «ilegítimo» não é definido e o artigo 11(2) protege apenas testes autorizados. Em fevereiro de 2024, uma carta aberta de investigadores de segurança com 124 signatários alertou que muita investigação legítima poderia ser tratada como crime.',
    children:
      'O artigo 14(4) permite aos Estados, sem os obrigar, excluir a acusação de crianças por imagens de si próprias. Onde um Estado não use essa opção, crianças podem ser criminalizadas por material que elas próprias produziram. O artigo pode ainda abranger material escrito e áudio, com o risco de atingir a arte, a educação e a literatura.',
    safeguards:
      'O artigo 24 deixa as condições e garantias de direitos humanos ao direito interno de cada Estado. Não fixa nenhum mínimo de autorização judicial prévia, notificação das pessoas afetadas ou recurso efetivo, pelo que, na prática, a proteção depende do sistema jurídico mais fraco envolvido.',
    'compelled-assistance':
      'A disposição sobre busca e apreensão de dados armazenados (citada pelos comentadores como artigo 28(4)) permite às autoridades ordenar a qualquer pessoa que conheça o funcionamento de um sistema informático que forneça as informações necessárias para o revistar. A Câmara de Comércio Internacional alertou que isto permite forçar a colaboração na violação de sistemas de segurança, e a Global Network Initiative alertou para a pressão sobre profissionais de tecnologia para comprometerem os sistemas que gerem.',
    interception:
      'Os artigos 29 e 30 preveem a recolha em tempo real de dados de tráfego e a interceção do conteúdo das comunicações. Uma carta da indústria e da sociedade civil de fevereiro de 2024 considerou estas disposições demasiado amplas: permitem a recolha secreta sem autorização judicial prévia, sem que os fornecedores possam informar os seus utilizadores.',
    'evidence-sharing':
      'Nos termos do artigo 35, os Estados cooperam na recolha e partilha de provas eletrónicas de qualquer crime grave, e não apenas de crimes cibernéticos. O tratado torna-se assim um canal geral de obtenção de provas, incluindo para crimes definidos por leis repressivas, e os críticos assinalam que a dupla incriminação, isto é, a exigência de que a conduta seja crime nos dois países, não é uma condição firme.',
    'secrecy-refusal':
      'Segundo as regras de auxílio judiciário mútuo do artigo 40, um Estado requerente pode pedir que o seu pedido seja mantido confidencial, e a recusa de um pedido por motivos de direitos humanos fica ao critério do Estado requerido. Na sessão final de negociação, a Costa Rica lamentou a inexistência de um fundamento explícito para recusar a cooperação em caso de crimes políticos.',
    protocols:
      'A resolução da Assembleia Geral que adotou a Convenção já prevê a negociação de um protocolo adicional sobre outros crimes. A ARTICLE 19 alerta que os protocolos podem tornar-se uma porta das traseiras para os crimes de conteúdo e de expressão que ficaram fora do texto principal.',
  },
  concern_titles: {
    'serious-crime':
      'a porta de entrada do «crime grave» do artigo 2(h), que cada Estado define à sua maneira',
    'security-research':
      'nenhuma proteção para a investigação de segurança, o jornalismo ou os denunciantes (artigos 7 a 11)',
    children:
      'crianças podem ser acusadas por imagens de si próprias, porque o artigo 14(4) é opcional',
    safeguards: 'as garantias de direitos humanos ficam entregues ao direito nacional (artigo 24)',
    'compelled-assistance':
      'pessoas podem ser obrigadas a ajudar a entrar nos sistemas que conhecem',
    interception: 'a recolha em tempo real e a interceção (artigos 29 e 30)',
    'evidence-sharing': 'a partilha de provas para qualquer crime grave (artigo 35)',
    'secrecy-refusal': 'pedidos confidenciais e recusa discricionária (artigo 40)',
    protocols: 'futuros protocolos podem acrescentar delitos de expressão pela porta das traseiras',
  },
  asks: {
    do_not_sign:
      'O nosso país não assinou a Convenção, e o prazo de assinatura termina a 31 de dezembro de 2026. Peço-lhe que garanta que não a assina e que o declare publicamente. A cooperação contra o crime cibernético pode continuar pelas vias existentes e respeitadoras dos direitos: os tratados bilaterais de auxílio judiciário, a Convenção de Budapeste do Conselho da Europa e o seu Segundo Protocolo, quando o nosso país puder aderir, e o reforço de capacidades. Antes de qualquer decisão de assinar, peço uma audição parlamentar ou um inquérito em comissão.',
    do_not_accede:
      'O nosso país não assinou a Convenção antes do fim do prazo de assinatura, a 31 de dezembro de 2026; agora só poderia vincular-se por adesão. Peço-lhe que se oponha à adesão e que exija que nenhum passo nesse sentido seja dado sem audição parlamentar ou inquérito em comissão. A cooperação contra o crime cibernético pode continuar pelas vias existentes e respeitadoras dos direitos: os tratados bilaterais de auxílio judiciário, a Convenção de Budapeste do Conselho da Europa e o seu Segundo Protocolo, quando o nosso país puder aderir, e o reforço de capacidades.',
    do_not_ratify:
      'O nosso país assinou a Convenção, mas a assinatura, por si só, não cria as suas obrigações vinculativas: a ratificação criaria. Peço-lhe que não apoie a ratificação e que exija primeiro um exame parlamentar completo, incluindo uma avaliação publicada do seu impacto nos direitos humanos e na proteção de dados, e a publicação, muito antes de qualquer votação, de todas as reservas e declarações que o governo faria.',
    safeguards:
      'O nosso país ratificou a Convenção; o que importa agora é a forma como é aplicada. Peço-lhe que defenda garantias vinculativas na lei: dupla incriminação para todas as formas de cooperação; recusa obrigatória de pedidos relativos a crimes políticos ou à expressão protegida, ou que impliquem risco de perseguição; autorização judicial prévia e independente para a conservação, a entrega, a busca, a recolha em tempo real e a interceção, tanto em casos nacionais como em pedidos estrangeiros; nenhuma ordem que obrigue alguém a enfraquecer a cifragem ou a revelar vulnerabilidades; proteção legal da investigação de segurança de boa-fé, do jornalismo e dos denunciantes; o uso das opções do artigo 14(4) para que crianças não sejam acusadas por imagens de si próprias; notificação das pessoas afetadas logo que o sigilo deixe de ser necessário; estatísticas públicas anuais sobre os pedidos, por país e tipo, e sobre as recusas; e fiscalização por uma comissão parlamentar ou pela autoridade de proteção de dados, com uma cláusula de revisão.',
  },
  eu_council:
    'Enquanto Estado-Membro da União Europeia, o nosso país tem também uma palavra a dizer sobre a celebração da Convenção pela própria UE, que exige uma decisão do Conselho e a aprovação do Parlamento Europeu. Peço que o nosso governo não apoie essa decisão no Conselho.',
  eu_consent:
    'A União Europeia assinou a Convenção em 25 de outubro de 2025, mas a sua celebração exige a aprovação do Parlamento Europeu. Peço-lhe que recuse essa aprovação e que exija primeiro uma avaliação completa do impacto da Convenção nos direitos fundamentais e na proteção de dados.',
  reply: 'Agradeceria uma resposta que exponha a sua posição e o que tenciona fazer.',
  sign_off: 'Com os melhores cumprimentos,',
  phone: {
    intro:
      'Bom dia, o meu nome é {name}. Ligo para o gabinete de {recipient} a propósito da Convenção da ONU contra o Crime Cibernético.',
    intro_city:
      'Bom dia, o meu nome é {name} e vivo em {city}. Ligo para o gabinete de {recipient} a propósito da Convenção da ONU contra o Crime Cibernético.',
    asks: {
      do_not_sign:
        'Peço que o nosso país não assine a Convenção antes do prazo de 31 de dezembro de 2026.',
      do_not_accede: 'Peço que o nosso país não adira à Convenção.',
      do_not_ratify: 'Peço que a Convenção não seja ratificada sem um exame parlamentar completo.',
      safeguards: 'Peço garantias vinculativas de direitos humanos na lei que aplica a Convenção.',
      eu_consent: 'Peço que o Parlamento Europeu recuse a sua aprovação à Convenção.',
    },
    reasons: 'As minhas principais preocupações são:',
    thanks: 'Pode dizer-me qual é a posição de {recipient}? Obrigado pelo seu tempo.',
  },
};
