/** European Portuguese letter building blocks (same facts and caveats as en.ts). Brazil: pt-BR.ts. */
import type { LetterTemplate } from './types';

export const pt: LetterTemplate = {
  lang: 'pt',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Não assinem a Convenção das Nações Unidas contra o Crime Cibernético',
    do_not_accede: 'Não adiram à Convenção das Nações Unidas contra o Crime Cibernético',
    do_not_ratify:
      'Convenção das Nações Unidas contra o Crime Cibernético: não apoie a sua ratificação',
    safeguards:
      'Convenção das Nações Unidas contra o Crime Cibernético: defenda garantias vinculativas de direitos humanos',
    eu_consent:
      'Convenção das Nações Unidas contra o Crime Cibernético: o Parlamento Europeu deve recusar a sua aprovação',
  },
  salutation: {
    us_senate: 'Exma. Senhora Senadora, Exmo. Senhor Senador,',
    us_house: 'Exma. Senhora Congressista, Exmo. Senhor Congressista,',
    uk_commons: 'Exma. Senhora Deputada, Exmo. Senhor Deputado,',
    eu_parliament: 'Exma. Senhora Deputada, Exmo. Senhor Deputado,',
    head_of_government: 'Exmos. Senhores,',
    custom: 'Exmos. Senhores,',
  },
  office_salutation: {
    prime_minister: 'Exma. Senhora Primeira-Ministra, Exmo. Senhor Primeiro-Ministro,',
    president: 'Exma. Senhora Presidente, Exmo. Senhor Presidente,',
    chancellor: 'Exma. Senhora Chanceler, Exmo. Senhor Chanceler,',
    government: 'Exmos. Senhores,',
  },
  office_of: {
    person: 'para o gabinete de {name}',
    prime_minister: 'para o Gabinete do Primeiro-Ministro',
    president: 'para a Casa Civil da Presidência',
    chancellor: 'para a Chancelaria Federal',
    government: 'para o gabinete do chefe do Governo',
  },
  date: '{day} de {month} de {year}',
  months: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  status: {
    signed: 'O nosso país assinou a Convenção em {date}.',
    ratified: 'O nosso país ratificou a Convenção em {date}.',
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
  article: 'Escrevo-lhe depois de ler o artigo «{title}» ({outlet}, {url}).',
  article_passage:
    'Escrevo-lhe depois de ler o artigo «{title}» ({outlet}, {url}), que relata: «{passage}»',
  concerns_intro:
    'É apresentada como um instrumento contra o crime cibernético, mas o seu alcance vai muito mais longe:',
  concerns: {
    'serious-crime':
      'Grande parte da cooperação que estabelece aplica-se a qualquer «crime grave», isto é, a qualquer conduta punível com pelo menos quatro anos de prisão segundo a lei de cada Estado (artigo 2(h)). Alguns Estados já punem com essa severidade a crítica ao governo, o protesto pacífico, as relações entre pessoas do mesmo sexo ou o jornalismo de investigação, e qualquer Estado pode agravar uma pena para incluir uma infração. O artigo 6(2) proíbe interpretar a Convenção como permitindo a supressão de direitos humanos, mas os críticos notam que nada garante o seu cumprimento.',
    'security-research':
      'Os crimes dos artigos 7 a 11 exigem uma conduta intencional e «ilegítima», e o artigo 11(2) exclui a responsabilidade quando o objetivo não é cometer um desses crimes, dando os testes autorizados como exemplo. Mas «ilegítimo» não está definido, a intenção desonesta e o dano grave são condições facultativas, e não há proteção explícita para a investigação de segurança de boa-fé, o jornalismo ou os denunciantes. Em fevereiro de 2024, uma carta aberta da comunidade de segurança, com 124 signatários, alertou que a investigação legítima poderia ser criminalizada.',
    children:
      'O artigo 14(4) permite aos Estados, sem os obrigar, excluir a acusação de crianças por imagens de si próprias. Onde um Estado não use essa opção, crianças podem ser criminalizadas por material que elas próprias produziram. O artigo pode ainda abranger material escrito e áudio, com o risco de atingir a arte, a educação e a literatura.',
    safeguards:
      'O artigo 24 exige que o direito interno preveja condições e garantias que protejam os direitos humanos, entre elas, quando adequado, o controlo judicial ou outro controlo independente e o direito a um recurso efetivo. Cada Estado decide quando é adequado; não se exige autorização prévia de um juiz nem notificação das pessoas afetadas. Quando outro Estado pede dados ao nosso, aplicam-se as nossas próprias garantias (artigo 24(4)): a sua solidez na nossa lei decide a proteção das pessoas cá.',
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
      'nenhuma proteção explícita para a investigação de segurança de boa-fé, o jornalismo ou os denunciantes (artigos 7 a 11)',
    children:
      'crianças podem ser acusadas por imagens de si próprias, porque o artigo 14(4) é opcional',
    safeguards:
      'o artigo 24 deixa cada Estado decidir quando há controlo judicial e recurso, e não exige autorização judicial prévia',
    'compelled-assistance':
      'pessoas podem ser obrigadas a ajudar a entrar nos sistemas que conhecem',
    interception: 'a recolha em tempo real e a interceção (artigos 29 e 30)',
    'evidence-sharing': 'a partilha de provas para qualquer crime grave (artigo 35)',
    'secrecy-refusal': 'pedidos confidenciais e recusa discricionária (artigo 40)',
    protocols: 'futuros protocolos podem acrescentar delitos de expressão pela porta das traseiras',
  },
  asks: {
    do_not_sign:
      'A Convenção está aberta à assinatura até 31 de dezembro de 2026. Se o nosso país ainda não a assinou, peço-lhe que garanta que não a assina e que o diga publicamente. A cooperação contra o crime cibernético pode continuar por vias existentes e respeitadoras dos direitos: os tratados bilaterais de auxílio judiciário, a Convenção de Budapeste do Conselho da Europa e o seu Segundo Protocolo quando o nosso país a eles possa aderir, e o reforço de capacidades. Antes de qualquer decisão de assinar, peço uma audição parlamentar ou um inquérito em comissão.',
    do_not_accede:
      'O período de assinatura terminou a 31 de dezembro de 2026; um Estado que não assinou só pode tornar-se parte por adesão. Se o nosso país não assinou, peço-lhe que garanta que não adere e que nenhum passo nesse sentido é dado sem uma audição parlamentar ou um inquérito em comissão. A cooperação contra o crime cibernético pode continuar por vias existentes e respeitadoras dos direitos: os tratados bilaterais de auxílio judiciário, a Convenção de Budapeste do Conselho da Europa e o seu Segundo Protocolo quando o nosso país a eles possa aderir, e o reforço de capacidades.',
    do_not_ratify:
      'A assinatura, por si só, não vincula um Estado às obrigações da Convenção; a ratificação vincularia. Peço-lhe que não apoie a sua ratificação. No mínimo, não deve haver votação sem um exame parlamentar completo: uma avaliação publicada do impacto nos direitos humanos e na proteção de dados, e a publicação, muito antes de qualquer votação, de todas as reservas e declarações que o governo faria.',
    safeguards:
      'O que decidirá os seus efeitos para as pessoas cá é a lei que a aplica. Peço-lhe que defenda garantias vinculativas de direitos humanos nessa lei: dupla incriminação para todas as formas de cooperação; recusa obrigatória de pedidos relativos a crimes políticos ou à expressão protegida, ou que impliquem risco de perseguição; autorização judicial prévia e independente para a conservação, a entrega, a busca, a recolha em tempo real e a interceção, tanto em casos nacionais como em pedidos estrangeiros; nenhuma ordem que obrigue alguém a enfraquecer a cifragem ou a revelar vulnerabilidades; proteção legal da investigação de segurança de boa-fé, do jornalismo e dos denunciantes; o uso das opções do artigo 14(4) para que crianças não sejam acusadas por imagens de si próprias; notificação das pessoas afetadas logo que o sigilo deixe de ser necessário; estatísticas públicas anuais sobre pedidos e recusas; e fiscalização por uma comissão parlamentar ou pela autoridade de proteção de dados, com uma cláusula de revisão.',
  },
  eu_council:
    'Enquanto Estado-Membro da União Europeia, o nosso país tem também uma palavra a dizer sobre a celebração da Convenção pela própria UE, que exige uma decisão do Conselho e a aprovação do Parlamento Europeu. Peço que o nosso governo não apoie essa decisão no Conselho.',
  eu_consent:
    'A União Europeia assinou a Convenção em 25 de outubro de 2025, mas a sua celebração exige a aprovação do Parlamento Europeu. Peço-lhe que recuse essa aprovação e que exija primeiro uma avaliação completa do impacto da Convenção nos direitos fundamentais e na proteção de dados.',
  reply: 'Agradeço desde já uma resposta que exponha a sua posição e o que tenciona fazer.',
  sign_off: 'Com os melhores cumprimentos,',
  anonymous_signature: 'Uma pessoa que vive no nosso país',
  phone: {
    intro:
      'Bom dia, o meu nome é {name}. Ligo {office} a propósito da Convenção da ONU contra o Crime Cibernético.',
    intro_city:
      'Bom dia, o meu nome é {name} e vivo em {city}. Ligo {office} a propósito da Convenção da ONU contra o Crime Cibernético.',
    asks: {
      do_not_sign: 'Peço que o nosso país não assine a Convenção.',
      do_not_accede: 'Peço que o nosso país não adira à Convenção.',
      do_not_ratify: 'Peço que o nosso país não ratifique a Convenção.',
      safeguards: 'Peço garantias vinculativas de direitos humanos na lei que aplica a Convenção.',
      eu_consent: 'Peço que o Parlamento Europeu recuse a sua aprovação à Convenção.',
    },
    reasons: 'As minhas principais preocupações são:',
    thanks: 'Pode dizer-me que posição o gabinete assume sobre este assunto? Agradeço o seu tempo.',
  },
};
