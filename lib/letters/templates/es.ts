/** Spanish letter building blocks (same facts and caveats as en.ts; formal register, both forms in full). */
import type { LetterTemplate } from './types';

export const es: LetterTemplate = {
  lang: 'es',
  dir: 'ltr',
  subject: {
    do_not_sign: 'No firmen la Convención de las Naciones Unidas contra la Ciberdelincuencia',
    do_not_accede:
      'No se adhieran a la Convención de las Naciones Unidas contra la Ciberdelincuencia',
    do_not_ratify:
      'Convención de las Naciones Unidas contra la Ciberdelincuencia: no apoye su ratificación',
    safeguards:
      'Convención de las Naciones Unidas contra la Ciberdelincuencia: defienda salvaguardias vinculantes de derechos humanos',
    eu_consent:
      'Convención de las Naciones Unidas contra la Ciberdelincuencia: el Parlamento Europeo debe negar su aprobación',
  },
  salutation: {
    us_senate: 'Estimada senadora, estimado senador:',
    us_house: 'Estimada congresista, estimado congresista:',
    uk_commons: 'Estimada diputada, estimado diputado:',
    eu_parliament: 'Estimada diputada, estimado diputado:',
    head_of_government: 'Estimada señora, estimado señor:',
    custom: 'Estimada señora, estimado señor:',
  },
  office_salutation: {
    prime_minister: 'Señora primera ministra, señor primer ministro:',
    president: 'Señora presidenta, señor presidente:',
    chancellor: 'Señora canciller federal, señor canciller federal:',
    government: 'Estimada señora, estimado señor:',
  },
  office_of: {
    person: 'a la oficina de {name}',
    prime_minister: 'al gabinete del primer ministro',
    president: 'al gabinete de la Presidencia',
    chancellor: 'a la Cancillería Federal',
    government: 'a la oficina del jefe de Gobierno',
  },
  date: '{day} de {month} de {year}',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  status: {
    signed: 'Nuestro país firmó la Convención el {date}.',
    ratified: 'Nuestro país ratificó la Convención el {date}.',
  },
  opening:
    'Le escribo en relación con la Convención de las Naciones Unidas contra la Ciberdelincuencia, que la Asamblea General de la ONU adoptó el 24 de diciembre de 2024 y que se abrió a la firma en Hanói en octubre de 2025.',
  opening_city:
    'Le escribo desde {city} en relación con la Convención de las Naciones Unidas contra la Ciberdelincuencia, que la Asamblea General de la ONU adoptó el 24 de diciembre de 2024 y que se abrió a la firma en Hanói en octubre de 2025.',
  roles: {
    journalist: 'Trabajo en el periodismo.',
    security_researcher: 'Trabajo en investigación de seguridad informática.',
    it_worker: 'Trabajo en el sector de la informática.',
    lawyer: 'Trabajo en el ámbito jurídico.',
    parent: 'Tengo hijos.',
    teacher: 'Trabajo en la enseñanza.',
    business_owner: 'Dirijo una empresa.',
    student: 'Estoy estudiando.',
  },
  role_custom: 'Sobre mí: {role}.',
  article: 'Le escribo tras leer el artículo «{title}» ({outlet}, {url}).',
  article_passage:
    'Le escribo tras leer el artículo «{title}» ({outlet}, {url}), que informa: «{passage}»',
  concerns_intro:
    'Se presenta como una herramienta contra la ciberdelincuencia, pero su alcance va mucho más allá:',
  concerns: {
    'serious-crime':
      'Buena parte de la cooperación que establece se aplica a cualquier «delito grave», es decir, a toda conducta castigada con al menos cuatro años de privación de libertad según el derecho de cada Estado (artículo 2(h)). Algunos Estados ya castigan con esa dureza la crítica al gobierno, la protesta pacífica, las relaciones entre personas del mismo sexo o el periodismo de investigación, y cualquier Estado puede elevar una pena para incluir un delito. El artículo 6(2) prohíbe interpretar la Convención como una autorización para suprimir derechos humanos, pero los críticos señalan que nada garantiza su cumplimiento.',
    'security-research':
      'Los delitos de los artículos 7 a 11 exigen una conducta intencional y «sin derecho», y el artículo 11(2) excluye la responsabilidad cuando el propósito no es cometer uno de esos delitos, con las pruebas autorizadas como ejemplo. Pero «sin derecho» no está definido, la intención deshonesta y el daño grave son condiciones opcionales, y no hay una protección explícita para la investigación de seguridad de buena fe, el periodismo o los denunciantes. En febrero de 2024, una carta abierta de la comunidad de seguridad con 124 firmantes advirtió que la investigación legítima podría criminalizarse.',
    children:
      'El artículo 14(4) permite a los Estados, sin obligarlos, excluir el enjuiciamiento de niños y niñas por imágenes de sí mismos. Donde un Estado no utilice esa opción, se puede criminalizar a menores por material que ellos mismos han generado. El artículo puede abarcar además material escrito y de audio, con el riesgo de alcanzar al arte, la educación y la literatura.',
    safeguards:
      'El artículo 24 exige que el derecho interno prevea condiciones y salvaguardias que protejan los derechos humanos, entre ellas, cuando proceda, la revisión judicial u otra revisión independiente y el derecho a un recurso efectivo. Cada Estado decide cuándo procede; no se exige autorización judicial previa ni notificación a las personas afectadas. Cuando otro Estado pide datos al nuestro, se aplican nuestras propias salvaguardias (artículo 24(4)): su solidez en nuestra ley decide cuánto se protege a las personas aquí.',
    'compelled-assistance':
      'La disposición sobre registro y decomiso de datos almacenados (citada por los comentaristas como artículo 28(4)) permite a las autoridades ordenar a cualquier persona que conozca el funcionamiento de un sistema informático que facilite la información necesaria para registrarlo. La Cámara de Comercio Internacional advirtió que esto permite obligar a colaborar en la vulneración de sistemas de seguridad, y la Global Network Initiative alertó de la presión sobre profesionales de la tecnología para comprometer los sistemas que gestionan.',
    interception:
      'Los artículos 29 y 30 prevén la obtención en tiempo real de datos de tráfico y la interceptación del contenido de las comunicaciones. Una carta de la industria y la sociedad civil de febrero de 2024 calificó estas disposiciones de excesivamente amplias: permiten una recopilación secreta sin autorización judicial previa, mientras los proveedores no pueden informar a sus usuarios.',
    'evidence-sharing':
      'Según el artículo 35, los Estados cooperan para obtener y compartir pruebas electrónicas de cualquier delito grave, no solo de ciberdelitos. Así, el tratado se convierte en un canal general de obtención de pruebas, también para delitos definidos por leyes represivas, y los críticos señalan que la doble incriminación, es decir, que la conducta sea delito en ambos países, no es una condición firme.',
    'secrecy-refusal':
      'Según las normas de asistencia judicial recíproca del artículo 40, un Estado requirente puede pedir que su solicitud se mantenga confidencial, y denegar una solicitud por motivos de derechos humanos queda a discreción del Estado requerido. En la sesión final de negociación, Costa Rica lamentó que no exista un motivo explícito para denegar la cooperación por delitos políticos.',
    protocols:
      'La resolución de la Asamblea General que adoptó la Convención ya encarga negociar un protocolo complementario sobre delitos adicionales. ARTICLE 19 advierte que los protocolos podrían convertirse en una puerta trasera para los delitos de contenido y de expresión que quedaron fuera del texto principal.',
  },
  concern_titles: {
    'serious-crime':
      'la puerta de entrada del «delito grave» del artículo 2(h), que cada Estado define a su manera',
    'security-research':
      'ninguna protección explícita para la investigación de seguridad de buena fe, el periodismo o los denunciantes (artículos 7 a 11)',
    children:
      'se puede enjuiciar a menores por imágenes de sí mismos, porque el artículo 14(4) es opcional',
    safeguards:
      'el artículo 24 deja que cada Estado decida cuándo hay revisión judicial y recurso, y no exige autorización judicial previa',
    'compelled-assistance':
      'se puede obligar a las personas a ayudar a entrar en los sistemas que conocen',
    interception: 'la obtención en tiempo real y la interceptación (artículos 29 y 30)',
    'evidence-sharing': 'el intercambio de pruebas para cualquier delito grave (artículo 35)',
    'secrecy-refusal': 'solicitudes confidenciales y denegación discrecional (artículo 40)',
    protocols: 'futuros protocolos podrían añadir delitos de expresión por la puerta trasera',
  },
  asks: {
    do_not_sign:
      'La Convención está abierta a la firma hasta el 31 de diciembre de 2026. Si nuestro país aún no la ha firmado, le pido que se asegure de que no la firme y que lo diga públicamente. La cooperación contra la ciberdelincuencia puede continuar por cauces existentes y respetuosos de los derechos: los tratados bilaterales de asistencia judicial, el Convenio de Budapest del Consejo de Europa y su Segundo Protocolo cuando nuestro país pueda adherirse, y el fortalecimiento de capacidades. Antes de cualquier decisión de firmar, pido una audiencia parlamentaria o una investigación en comisión.',
    do_not_accede:
      'El período de firma terminó el 31 de diciembre de 2026; un Estado que no firmó solo puede ser parte mediante adhesión. Si nuestro país no firmó, le pido que se asegure de que no se adhiera y de que no se dé ningún paso en ese sentido sin una audiencia parlamentaria o una investigación en comisión. La cooperación contra la ciberdelincuencia puede continuar por cauces existentes y respetuosos de los derechos: los tratados bilaterales de asistencia judicial, el Convenio de Budapest del Consejo de Europa y su Segundo Protocolo cuando nuestro país pueda adherirse, y el fortalecimiento de capacidades.',
    do_not_ratify:
      'La firma por sí sola no obliga a un Estado a cumplir la Convención; la ratificación sí lo haría. Le pido que no apoye su ratificación. Como mínimo, no debería haber ninguna votación sin un pleno examen parlamentario: una evaluación publicada de su impacto en los derechos humanos y la protección de datos, y la publicación, con suficiente antelación, de todas las reservas y declaraciones que haría el gobierno.',
    safeguards:
      'Lo que decidirá sus efectos para las personas aquí es la ley que la aplique. Le pido que defienda salvaguardias vinculantes de derechos humanos en esa ley: doble incriminación para toda forma de cooperación; denegación obligatoria de las solicitudes relativas a delitos políticos o a la expresión protegida, o que supongan un riesgo de persecución; autorización judicial independiente y previa para la conservación, la entrega, el registro, la obtención en tiempo real y la interceptación, tanto en casos nacionales como en solicitudes extranjeras; ninguna orden que obligue a nadie a debilitar el cifrado o revelar vulnerabilidades; protección legal de la investigación de seguridad de buena fe, el periodismo y los denunciantes; el uso de las opciones del artículo 14(4) para que no se enjuicie a menores por imágenes de sí mismos; notificación a las personas afectadas en cuanto el secreto deje de ser necesario; estadísticas públicas anuales sobre solicitudes y denegaciones; y supervisión por una comisión parlamentaria o la autoridad de protección de datos, con una cláusula de revisión.',
  },
  eu_council:
    'Como Estado miembro de la Unión Europea, nuestro país también tiene voz en la celebración de la Convención por parte de la propia UE, que requiere una decisión del Consejo y la aprobación del Parlamento Europeo. Pido que nuestro gobierno no apoye esa decisión en el Consejo.',
  eu_consent:
    'La Unión Europea firmó la Convención el 25 de octubre de 2025, pero su celebración requiere la aprobación del Parlamento Europeo. Le pido que niegue esa aprobación y que exija antes una evaluación completa del impacto de la Convención en los derechos fundamentales y la protección de datos.',
  reply: 'Le agradecería una respuesta en la que exponga su posición y lo que piensa hacer.',
  sign_off: 'Atentamente,',
  anonymous_signature: 'Una persona que vive en nuestro país',
  phone: {
    intro:
      'Buenos días, me llamo {name}. Llamo {office} por la Convención de la ONU contra la Ciberdelincuencia.',
    intro_city:
      'Buenos días, me llamo {name} y vivo en {city}. Llamo {office} por la Convención de la ONU contra la Ciberdelincuencia.',
    asks: {
      do_not_sign: 'Pido que nuestro país no firme la Convención.',
      do_not_accede: 'Pido que nuestro país no se adhiera a la Convención.',
      do_not_ratify: 'Pido que nuestro país no ratifique la Convención.',
      safeguards:
        'Pido salvaguardias vinculantes de derechos humanos en la ley que aplica la Convención.',
      eu_consent: 'Pido que el Parlamento Europeo niegue su aprobación a la Convención.',
    },
    reasons: 'Mis principales preocupaciones son:',
    thanks: '¿Podría decirme qué posición adopta su oficina? Gracias por su tiempo.',
  },
};
