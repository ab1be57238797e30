/** Spanish letter building blocks (same facts and caveats as en.ts). */
import type { LetterTemplate } from './types';

export const es: LetterTemplate = {
  lang: 'es',
  dir: 'ltr',
  subject: {
    do_not_sign: 'No firmen la Convención de las Naciones Unidas contra la Ciberdelincuencia',
    do_not_accede:
      'No se adhieran a la Convención de las Naciones Unidas contra la Ciberdelincuencia',
    do_not_ratify:
      'Convención de las Naciones Unidas contra la Ciberdelincuencia: ninguna ratificación sin un pleno examen parlamentario',
    safeguards:
      'Convención de las Naciones Unidas contra la Ciberdelincuencia: hacen falta garantías vinculantes',
    eu_consent:
      'Convención de las Naciones Unidas contra la Ciberdelincuencia: el Parlamento Europeo debe negar su aprobación',
  },
  salutation: {
    us_senate: 'Estimado/a senador/a {name}:',
    us_house: 'Estimado/a representante {name}:',
    uk_commons: 'Estimado/a {name}, miembro del Parlamento:',
    eu_parliament: 'Estimado/a diputado/a {name}:',
    head_of_government: 'Señoras y señores:',
    custom: 'Estimado/a {name}:',
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
  article: 'Me decidí a escribirle a raíz del artículo «{title}» ({outlet}, {url}).',
  article_passage:
    'Me decidí a escribirle a raíz del artículo «{title}» ({outlet}, {url}), que informa: «{passage}»',
  concerns_intro:
    'La Convención se presenta como una herramienta contra la ciberdelincuencia, pero su alcance va mucho más allá. En particular:',
  concerns: {
    'serious-crime':
      'Su puerta de entrada es la definición de «delito grave» del artículo 2(h): toda conducta castigada con una pena máxima de al menos cuatro años de privación de libertad. Como cada Estado fija sus propias penas, un gobierno puede incluir delitos de expresión en el ámbito del tratado con solo aumentar la pena. Las organizaciones de derechos humanos recuerdan que algunos Estados ya castigan con esa dureza la crítica al gobierno, la protesta pacífica, las relaciones entre personas del mismo sexo y el periodismo de investigación.',
    'security-research':
      'Los delitos de los artículos 7 a 11 no contienen ninguna protección general para la investigación de seguridad de buena fe, el periodismo o la denuncia de irregularidades. Los requisitos de intención y de daño son opcionales, el acceso «sin derecho» no se define y el artículo 11(2) solo protege las pruebas autorizadas. En febrero de 2024, una carta abierta de investigadores de seguridad con 124 firmantes advirtió que gran parte de la investigación legítima podría tratarse como delito.',
    children:
      'El artículo 14(4) permite a los Estados, sin obligarlos, excluir el enjuiciamiento de niños y niñas por imágenes de sí mismos. Donde un Estado no utilice esa opción, se puede criminalizar a menores por material que ellos mismos han generado. El artículo puede abarcar además material escrito y de audio, con el riesgo de alcanzar al arte, la educación y la literatura.',
    safeguards:
      'El artículo 24 deja las condiciones y salvaguardias de derechos humanos al derecho interno de cada Estado. No fija ningún mínimo de autorización judicial previa, notificación a las personas afectadas o recurso efectivo, de modo que en la práctica la protección depende del sistema jurídico más débil implicado.',
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
      'ninguna protección para la investigación de seguridad, el periodismo o los denunciantes (artículos 7 a 11)',
    children:
      'se puede enjuiciar a menores por imágenes de sí mismos, porque el artículo 14(4) es opcional',
    safeguards:
      'las salvaguardias de derechos humanos quedan en manos del derecho nacional (artículo 24)',
    'compelled-assistance':
      'se puede obligar a las personas a ayudar a entrar en los sistemas que conocen',
    interception: 'la obtención en tiempo real y la interceptación (artículos 29 y 30)',
    'evidence-sharing': 'el intercambio de pruebas para cualquier delito grave (artículo 35)',
    'secrecy-refusal': 'solicitudes confidenciales y denegación discrecional (artículo 40)',
    protocols: 'futuros protocolos podrían añadir delitos de expresión por la puerta trasera',
  },
  asks: {
    do_not_sign:
      'Nuestro país no ha firmado la Convención, y el plazo de firma termina el 31 de diciembre de 2026. Le pido que se asegure de que no la firme y que lo diga públicamente. La cooperación contra la ciberdelincuencia puede seguir por cauces existentes y respetuosos de los derechos: los tratados bilaterales de asistencia judicial, el Convenio de Budapest del Consejo de Europa y su Segundo Protocolo cuando nuestro país pueda sumarse, y el fortalecimiento de capacidades. Antes de cualquier decisión de firmar, pido una audiencia parlamentaria o una investigación en comisión.',
    do_not_accede:
      'Nuestro país no firmó la Convención antes de que terminara el plazo de firma, el 31 de diciembre de 2026; ahora solo podría unirse por adhesión. Le pido que se oponga a la adhesión y que exija que no se dé ningún paso en ese sentido sin una audiencia parlamentaria o una investigación en comisión. La cooperación contra la ciberdelincuencia puede seguir por cauces existentes y respetuosos de los derechos: los tratados bilaterales de asistencia judicial, el Convenio de Budapest del Consejo de Europa y su Segundo Protocolo cuando nuestro país pueda sumarse, y el fortalecimiento de capacidades.',
    do_not_ratify:
      'Nuestro país ha firmado la Convención, pero la firma por sí sola no crea sus obligaciones vinculantes: la ratificación sí lo haría. Le pido que no apoye la ratificación y que exija antes un pleno examen parlamentario, que incluya una evaluación publicada de su impacto en los derechos humanos y la protección de datos, y la publicación, con suficiente antelación a cualquier votación, de todas las reservas y declaraciones que haría el gobierno.',
    safeguards:
      'Nuestro país ha ratificado la Convención, así que lo que importa ahora es cómo se aplica. Le pido que defienda salvaguardias vinculantes en la ley: doble incriminación para toda forma de cooperación; denegación obligatoria de las solicitudes relativas a delitos políticos o a la expresión protegida, o que supongan un riesgo de persecución; autorización judicial independiente y previa para la conservación, la entrega, el registro, la obtención en tiempo real y la interceptación, tanto en casos nacionales como en solicitudes extranjeras; ninguna orden que obligue a nadie a debilitar el cifrado o revelar vulnerabilidades; protección legal de la investigación de seguridad de buena fe, el periodismo y los denunciantes; el uso de las opciones del artículo 14(4) para que no se enjuicie a menores por imágenes de sí mismos; notificación a las personas afectadas en cuanto el secreto deje de ser necesario; estadísticas públicas anuales sobre las solicitudes, por país y tipo, y sobre las denegaciones; y supervisión por una comisión parlamentaria o la autoridad de protección de datos, con una cláusula de revisión.',
  },
  eu_council:
    'Como Estado miembro de la Unión Europea, nuestro país también tiene voz en la celebración de la Convención por parte de la propia UE, que requiere una decisión del Consejo y la aprobación del Parlamento Europeo. Pido que nuestro gobierno no apoye esa decisión en el Consejo.',
  eu_consent:
    'La Unión Europea firmó la Convención el 25 de octubre de 2025, pero su celebración requiere la aprobación del Parlamento Europeo. Le pido que niegue esa aprobación y que exija antes una evaluación completa del impacto de la Convención en los derechos fundamentales y la protección de datos.',
  reply: 'Le agradecería una respuesta en la que exponga su posición y lo que piensa hacer.',
  sign_off: 'Atentamente,',
  phone: {
    intro:
      'Buenos días, me llamo {name}. Llamo a la oficina de {recipient} por la Convención de la ONU contra la Ciberdelincuencia.',
    intro_city:
      'Buenos días, me llamo {name} y vivo en {city}. Llamo a la oficina de {recipient} por la Convención de la ONU contra la Ciberdelincuencia.',
    asks: {
      do_not_sign:
        'Pido que nuestro país no firme la Convención antes del plazo del 31 de diciembre de 2026.',
      do_not_accede: 'Pido que nuestro país no se adhiera a la Convención.',
      do_not_ratify: 'Pido que la Convención no se ratifique sin un pleno examen parlamentario.',
      safeguards:
        'Pido salvaguardias vinculantes de derechos humanos en la ley que aplica la Convención.',
      eu_consent: 'Pido que el Parlamento Europeo niegue su aprobación a la Convención.',
    },
    reasons: 'Mis principales preocupaciones son:',
    thanks: '¿Podría decirme cuál es la posición de {recipient}? Gracias por su tiempo.',
  },
};
