/**
 * Brazilian Portuguese letter building blocks (same facts and caveats as en.ts), for letters to
 * Brazil and readers whose language is pt-BR. Forms of address follow the Manual de Redação da
 * Presidência da República ("Excelentíssimo" only for the head of a branch of power).
 */
import type { LetterTemplate } from './types';

export const ptBR: LetterTemplate = {
  lang: 'pt_BR',
  dir: 'ltr',
  subject: {
    do_not_sign: 'Não assinem a Convenção das Nações Unidas contra o Crime Cibernético',
    do_not_accede: 'Não façam a adesão à Convenção das Nações Unidas contra o Crime Cibernético',
    do_not_ratify:
      'Convenção das Nações Unidas contra o Crime Cibernético: não apoie a sua ratificação',
    safeguards:
      'Convenção das Nações Unidas contra o Crime Cibernético: defenda garantias vinculantes de direitos humanos',
    eu_consent:
      'Convenção das Nações Unidas contra o Crime Cibernético: o Parlamento Europeu deve recusar sua aprovação',
  },
  salutation: {
    us_senate: 'Senhora Senadora, Senhor Senador,',
    us_house: 'Senhora Deputada, Senhor Deputado,',
    uk_commons: 'Senhora Deputada, Senhor Deputado,',
    eu_parliament: 'Senhora Deputada, Senhor Deputado,',
    head_of_government: 'Prezados Senhores,',
    custom: 'Prezados Senhores,',
  },
  office_salutation: {
    prime_minister: 'Senhora Primeira-Ministra, Senhor Primeiro-Ministro,',
    president:
      'Excelentíssima Senhora Presidenta da República, Excelentíssimo Senhor Presidente da República,',
    chancellor: 'Senhora Chanceler, Senhor Chanceler,',
    government: 'Prezados Senhores,',
  },
  office_of: {
    person: 'para o gabinete de {name}',
    prime_minister: 'para o gabinete do Primeiro-Ministro',
    president: 'para a Presidência da República',
    chancellor: 'para a Chancelaria Federal',
    government: 'para o gabinete do chefe de Governo',
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
    signed: 'Nosso país assinou a Convenção em {date}.',
    ratified: 'Nosso país ratificou a Convenção em {date}.',
  },
  opening:
    'Escrevo a respeito da Convenção das Nações Unidas contra o Crime Cibernético, adotada pela Assembleia Geral da ONU em 24 de dezembro de 2024 e aberta à assinatura em Hanói em outubro de 2025.',
  opening_city:
    'Escrevo de {city} a respeito da Convenção das Nações Unidas contra o Crime Cibernético, adotada pela Assembleia Geral da ONU em 24 de dezembro de 2024 e aberta à assinatura em Hanói em outubro de 2025.',
  roles: {
    journalist: 'Trabalho com jornalismo.',
    security_researcher: 'Trabalho com pesquisa em segurança da informação.',
    it_worker: 'Trabalho com tecnologia da informação.',
    lawyer: 'Trabalho na área jurídica.',
    parent: 'Tenho filhos.',
    teacher: 'Trabalho com educação.',
    business_owner: 'Tenho uma empresa.',
    student: 'Sou estudante.',
  },
  role_custom: 'Sobre mim: {role}.',
  article: 'Escrevo depois de ler a matéria “{title}” ({outlet}, {url}).',
  article_passage:
    'Escrevo depois de ler a matéria “{title}” ({outlet}, {url}), que relata: “{passage}”',
  concerns_intro:
    'Ela é apresentada como um instrumento contra o crime cibernético, mas seu alcance vai muito além:',
  concerns: {
    'serious-crime':
      'Grande parte da cooperação que ela estabelece vale para qualquer “crime grave”, isto é, qualquer conduta punível com pelo menos quatro anos de prisão segundo a lei de cada Estado (artigo 2(h)). Alguns Estados já punem com esse rigor a crítica ao governo, o protesto pacífico, as relações entre pessoas do mesmo sexo ou o jornalismo investigativo, e qualquer Estado pode aumentar uma pena para incluir uma infração. O artigo 6(2) proíbe interpretar a Convenção como permissão para suprimir direitos humanos, mas os críticos observam que nada garante seu cumprimento.',
    'security-research':
      'Os crimes dos artigos 7 a 11 exigem conduta intencional e “sem direito”, e o artigo 11(2) exclui a responsabilidade quando o objetivo não é cometer um desses crimes, citando os testes autorizados como exemplo. Mas “sem direito” não é definido, a intenção desonesta e o dano grave são condições opcionais, e não há proteção explícita para a pesquisa em segurança de boa-fé, o jornalismo ou os denunciantes. Em fevereiro de 2024, uma carta aberta da comunidade de segurança, com 124 signatários, alertou que a pesquisa legítima poderia ser criminalizada.',
    children:
      'O artigo 14(4) permite, mas não exige, que os Estados excluam a punição de crianças e adolescentes por imagens de si mesmos. Onde um Estado não usa essa opção, crianças podem ser criminalizadas por material que elas próprias produziram. O artigo também pode abranger material escrito e de áudio, o que arrisca atingir arte, educação e literatura.',
    safeguards:
      'O artigo 24 exige que o direito interno preveja condições e garantias que protejam os direitos humanos, entre elas, quando apropriado, a revisão judicial ou outra revisão independente e o direito a um recurso efetivo. Cada Estado decide quando é apropriado; não se exige autorização prévia de um juiz nem notificação das pessoas afetadas. Quando outro Estado pede dados ao nosso, aplicam-se as nossas próprias garantias (artigo 24(4)): a solidez delas em nossa lei decide a proteção das pessoas aqui.',
    'compelled-assistance':
      'A disposição sobre busca e apreensão de dados armazenados (citada por comentaristas como artigo 28(4)) permite que as autoridades ordenem a qualquer pessoa que conheça o funcionamento de um sistema informático que forneça as informações necessárias para vasculhá-lo. A Câmara de Comércio Internacional alertou que isso permite obrigar pessoas a ajudar a violar sistemas de segurança, e a Global Network Initiative alertou para a pressão sobre profissionais de tecnologia para comprometer os sistemas que administram.',
    interception:
      'Os artigos 29 e 30 preveem a coleta em tempo real de dados de tráfego e a interceptação do conteúdo das comunicações. Uma carta de fevereiro de 2024 de empresas e da sociedade civil considerou essas disposições amplas demais: permitem coleta secreta sem autorização judicial prévia, sem que os provedores possam informar seus usuários.',
    'evidence-sharing':
      'Pelo artigo 35, os Estados cooperam na coleta e no compartilhamento de provas eletrônicas de qualquer crime grave, e não só de crimes cibernéticos. O tratado vira assim um canal geral de obtenção de provas, inclusive para infrações definidas por leis repressivas, e os críticos observam que a dupla incriminação, a exigência de que a conduta seja crime nos dois países, não é uma condição firme.',
    'secrecy-refusal':
      'Pelas regras de assistência jurídica mútua do artigo 40, um Estado requerente pode pedir que seu pedido seja mantido em sigilo, e a recusa de um pedido por motivos de direitos humanos fica a critério do Estado requerido. Na última sessão de negociação, a Costa Rica lamentou a falta de um motivo explícito para recusar a cooperação em casos de crimes políticos.',
    protocols:
      'A resolução da Assembleia Geral que adotou a Convenção já prevê a negociação de um protocolo adicional sobre novos crimes. A ARTICLE 19 alerta que os protocolos podem se tornar uma porta dos fundos para os crimes de conteúdo e de expressão que ficaram fora do texto principal.',
  },
  concern_titles: {
    'serious-crime':
      'a porta de entrada do “crime grave” do artigo 2(h), que cada Estado define a seu modo',
    'security-research':
      'nenhuma proteção explícita para a pesquisa em segurança de boa-fé, o jornalismo ou os denunciantes (artigos 7 a 11)',
    children:
      'crianças podem ser punidas por imagens de si mesmas, porque o artigo 14(4) é opcional',
    safeguards:
      'o artigo 24 deixa cada Estado decidir quando há revisão judicial e recurso, e não exige autorização judicial prévia',
    'compelled-assistance':
      'pessoas podem ser obrigadas a ajudar a invadir os sistemas que conhecem',
    interception: 'a coleta em tempo real e a interceptação (artigos 29 e 30)',
    'evidence-sharing': 'o compartilhamento de provas para qualquer crime grave (artigo 35)',
    'secrecy-refusal': 'pedidos sigilosos e recusa a critério do Estado (artigo 40)',
    protocols: 'futuros protocolos podem acrescentar crimes de expressão pela porta dos fundos',
  },
  asks: {
    do_not_sign:
      'A Convenção está aberta à assinatura até 31 de dezembro de 2026. Se nosso país ainda não a assinou, peço que garanta que não a assine e que diga isso publicamente. A cooperação contra o crime cibernético pode continuar por vias existentes e que respeitam direitos: tratados bilaterais de assistência jurídica mútua, a Convenção de Budapeste do Conselho da Europa e seu Segundo Protocolo quando nosso país puder aderir a eles, e a capacitação. Antes de qualquer decisão de assinar, peço uma audiência pública no Congresso ou a análise em comissão.',
    do_not_accede:
      'O prazo de assinatura terminou em 31 de dezembro de 2026; um Estado que não assinou só pode se tornar parte por adesão. Se nosso país não assinou, peço que garanta que ele não faça a adesão e que nenhum passo nesse sentido seja dado sem audiência pública no Congresso ou análise em comissão. A cooperação contra o crime cibernético pode continuar por vias existentes e que respeitam direitos: tratados bilaterais de assistência jurídica mútua, a Convenção de Budapeste do Conselho da Europa e seu Segundo Protocolo quando nosso país puder aderir a eles, e a capacitação.',
    do_not_ratify:
      'A assinatura, sozinha, não vincula um Estado às obrigações da Convenção; a ratificação vincularia. Peço que não apoie a sua ratificação. No mínimo, não deve haver votação sem um exame completo pelo Congresso: uma avaliação publicada do impacto sobre os direitos humanos e a proteção de dados, e a publicação, bem antes de qualquer votação, de todas as reservas e declarações que o governo faria.',
    safeguards:
      'O que vai decidir os efeitos dela para as pessoas aqui é a lei que a implementa. Peço que defenda garantias vinculantes de direitos humanos nessa lei: dupla incriminação para toda forma de cooperação; recusa obrigatória de pedidos relativos a crimes políticos ou à expressão protegida, ou que envolvam risco de perseguição; autorização judicial prévia e independente para preservação, entrega, busca, coleta em tempo real e interceptação, em casos nacionais e em pedidos estrangeiros; nenhuma ordem que obrigue alguém a enfraquecer a criptografia ou revelar vulnerabilidades; proteção legal da pesquisa em segurança de boa-fé, do jornalismo e dos denunciantes; o uso das opções do artigo 14(4) para que crianças não sejam punidas por imagens de si mesmas; notificação das pessoas afetadas assim que o sigilo deixar de ser necessário; estatísticas públicas anuais sobre pedidos e recusas; e fiscalização por uma comissão do Congresso ou pela autoridade de proteção de dados, com cláusula de revisão.',
  },
  eu_council:
    'Como membro da União Europeia, nosso país também participa da celebração da Convenção pela própria UE, que exige uma decisão do Conselho e a aprovação do Parlamento Europeu. Peço que nosso governo não apoie essa decisão no Conselho.',
  eu_consent:
    'A União Europeia assinou a Convenção em 25 de outubro de 2025, mas sua celebração exige a aprovação do Parlamento Europeu. Peço que recuse essa aprovação e que exija antes uma avaliação completa do impacto da Convenção sobre os direitos fundamentais e a proteção de dados.',
  reply: 'Agradeço desde já uma resposta com a sua posição e o que pretende fazer.',
  sign_off: 'Atenciosamente,',
  anonymous_signature: 'Uma pessoa que vive em nosso país',
  phone: {
    intro:
      'Bom dia, meu nome é {name}. Estou ligando {office} sobre a Convenção da ONU contra o Crime Cibernético.',
    intro_city:
      'Bom dia, meu nome é {name} e moro em {city}. Estou ligando {office} sobre a Convenção da ONU contra o Crime Cibernético.',
    asks: {
      do_not_sign: 'Peço que nosso país não assine a Convenção.',
      do_not_accede: 'Peço que nosso país não faça a adesão à Convenção.',
      do_not_ratify: 'Peço que nosso país não ratifique a Convenção.',
      safeguards:
        'Peço garantias vinculantes de direitos humanos na lei que implementa a Convenção.',
      eu_consent: 'Peço que o Parlamento Europeu recuse sua aprovação à Convenção.',
    },
    reasons: 'Minhas principais preocupações são:',
    thanks: 'Você pode me dizer qual posição o gabinete adota sobre isso? Agradeço pelo seu tempo.',
  },
};
