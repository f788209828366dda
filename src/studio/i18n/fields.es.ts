/** Spanish labels and help for the studio's forms, keyed as `studio/field-text.ts` describes. English comes from the field specs themselves. */
export const fieldsEs: Readonly<Record<string, { label: string; description?: string }>> = {
  // <hr-quiz>
  quiz: {
    label: 'Cuestionario',
    description: 'Preguntas que se responden una a una, con una explicación después de cada una y la puntuación al final.',
  },
  'quiz.title': { label: 'Título', description: 'Encabezado que se muestra sobre el cuestionario.' },
  'quiz.intro': { label: 'Introducción', description: 'Texto breve que se muestra antes de la primera pregunta.' },
  'quiz.passPercent': {
    label: 'Porcentaje para aprobar',
    description: 'Si se indica, los resultados dicen si la persona aprobó. Aprueba con una puntuación igual o mayor a este porcentaje.',
  },
  'quiz.results': {
    label: 'Mensajes de resultado',
    description:
      'Mensajes que se muestran con la puntuación. Cada uno se muestra desde su porcentaje más bajo hasta el del mensaje siguiente.',
  },
  band: { label: 'Rango de resultado', description: 'Un mensaje para puntuaciones desde su porcentaje más bajo.' },
  'band.minPercent': {
    label: 'Porcentaje mínimo',
    description: 'Este mensaje se muestra para puntuaciones (en porcentaje) desde este valor hasta el del rango siguiente.',
  },
  'band.message': { label: 'Mensaje', description: 'Lo que lee quien visita el sitio cuando su puntuación está en este rango.' },
  'quiz.shuffle': {
    label: 'Mezclar opciones',
    description:
      'Muestra las opciones de cada pregunta en un orden aleatorio nuevo en cada intento, dondequiera que se muestre este cuestionario.',
  },
  'quiz.questions': { label: 'Preguntas', description: 'Las preguntas, en el orden en que se hacen.' },
  question: {
    label: 'Pregunta',
    description:
      'Una pregunta. Su tipo es "single" (exactamente una opción correcta), "multiple" (al menos una opción correcta; se califica como todo o nada) o "true-false" (un "answer" que es true o false). Si falta "type", una pregunta con un "answer" true o false es true-false, y cualquier otra es single.',
  },
  'question.prompt': { label: 'Enunciado', description: 'La pregunta tal como la lee quien visita el sitio.' },
  'question.explanation': { label: 'Explicación', description: 'Se muestra después de responder, sea cual sea la respuesta.' },
  'question.hint': {
    label: 'Pista',
    description: 'Ayuda que la persona puede abrir antes de responder, con el botón "Ver una pista". hr-answer dice si la abrió.',
  },
  'question.image': { label: 'Imagen', description: 'Una imagen opcional que se muestra con la pregunta, con su texto alternativo.' },
  'choice.image': { label: 'Imagen', description: 'Una imagen opcional que se muestra con la opción, con su texto alternativo.' },
  image: {
    label: 'Imagen',
    description: 'Una imagen: { "src", "alt", "width", "height" }. Se carga solo cuando está a punto de verse.',
  },
  'image.src': { label: 'Dirección', description: 'Dónde está la imagen: una dirección http o https, o una relativa a la página.' },
  'image.alt': {
    label: 'Texto alternativo',
    description: 'Lo que muestra la imagen, para quien no puede verla: lo leen los lectores de pantalla y se muestra si no carga.',
  },
  'image.width': { label: 'Ancho', description: 'Su ancho en píxeles CSS. Se reduce en pantallas estrechas y mantiene sus proporciones.' },
  'image.height': { label: 'Alto', description: 'Su alto en píxeles CSS, para guardar el espacio mientras carga.' },
  'question.single.choices': {
    label: 'Opciones',
    description:
      'En el orden en que se muestran (salvo que el cuestionario las mezcle). Una opción es su texto o un objeto { "text", "correct", "feedback" }. Exactamente una es correcta.',
  },
  'question.multiple.choices': {
    label: 'Opciones',
    description:
      'En el orden en que se muestran (salvo que el cuestionario las mezcle). Una opción es su texto o un objeto { "text", "correct", "feedback" }. Al menos una es correcta.',
  },
  'question.true-false.answer': {
    label: 'Respuesta',
    description: 'Para una pregunta de verdadero o falso: indica si la afirmación del enunciado es verdadera.',
  },
  'question.true-false.feedbackTrue': {
    label: 'Comentario para "true"',
    description: 'Para una pregunta de verdadero o falso: se muestra cuando la persona elige verdadero.',
  },
  'question.true-false.feedbackFalse': {
    label: 'Comentario para "false"',
    description: 'Para una pregunta de verdadero o falso: se muestra cuando la persona elige falso.',
  },
  choice: {
    label: 'Opción',
    description: 'Una opción: solo su texto (cuenta como incorrecta) o un objeto { "text", "correct", "feedback" }.',
  },
  'choice.text': { label: 'Texto', description: 'La opción tal como la lee quien visita el sitio.' },
  'choice.correct': {
    label: 'Correcta',
    description: 'Indica si esta opción es la respuesta correcta (o una de ellas).',
  },
  'choice.feedback': { label: 'Comentario', description: 'Se muestra después de responder, si se eligió esta opción.' },

  // <hr-resource-list>
  directory: {
    label: 'Directorio',
    description: 'Lugares y servicios que se pueden buscar y filtrar, con las formas de contactar a cada uno.',
  },
  'directory.title': { label: 'Título', description: 'Encabezado que se muestra sobre el directorio.' },
  'directory.intro': { label: 'Introducción', description: 'Texto breve que se muestra sobre el cuadro de búsqueda.' },
  'directory.reportEmail': {
    label: 'Correo para reportes',
    description:
      'Adonde quien visita reporta un dato equivocado: cada tarjeta tiene "Reportar un problema con este recurso", un correo con su nombre.',
  },
  'directory.reportUrl': {
    label: 'Página para reportes',
    description:
      'Una página (un formulario) donde quien visita reporta un dato equivocado; se agrega el id del recurso (o su nombre) como "?listing=…". Se usa en lugar del correo.',
  },
  'directory.staleAfterDays': {
    label: 'Llamar antes después de (días)',
    description: 'Un recurso revisado hace más tiempo que esto (o nunca) dice "Llame antes: revisado por última vez el …".',
  },
  'directory.timeZone': {
    label: 'Zona horaria',
    description:
      'La zona horaria de cada lugar que no tiene la suya, como "America/New_York" (hora del este). Si falta: la de quien visita.',
  },
  'directory.resources': { label: 'Recursos', description: 'Las organizaciones y los servicios de la lista.' },
  resource: {
    label: 'Recurso',
    description: 'Una organización o un servicio. Solo "name" es obligatorio. "lat" y "lng" van juntos.',
  },
  'resource.name': { label: 'Nombre', description: 'El nombre de la organización o del servicio.' },
  'resource.id': { label: 'Id', description: 'Su propio identificador para este recurso: los reportes lo nombran.' },
  'resource.payment': {
    label: 'Pago',
    description:
      'Formas de pago. Los ids conocidos (free, sliding-scale, payment-assistance, medicaid, medicare, private-insurance, state-insurance, military-insurance, ihs-tribal, self-pay, no-insurance-needed, no-id-needed) se muestran con su nombre; los demás, tal como están. Es un filtro.',
  },
  'resource.populations': {
    label: 'Atiende a',
    description:
      'Grupos que atiende. Los ids conocidos (youth, young-adults, adults, older-adults, women, men, pregnant, parents, lgbtq, veterans, reentry, unhoused, sex-workers, survivors, deaf, native, immigrants) se muestran con su nombre; los demás, tal como están. Es un filtro.',
  },
  'resource.status': {
    label: 'Estado',
    description: '"temporarily-closed" lo dice en la tarjeta y la pone al final. Si falta: "active".',
  },
  'resource.description': { label: 'Descripción', description: 'Lo que ofrece, en una o dos oraciones.' },
  'resource.services': {
    label: 'Servicios',
    description:
      'Identificadores de servicios. Los identificadores conocidos (como naloxone, syringe-services, fentanyl-test-strips) se muestran con nombres en el idioma de quien visita el sitio y se pueden usar como filtro. Cualquier otro texto se muestra tal cual.',
  },
  'resource.phone': { label: 'Teléfono', description: 'Número para llamar.' },
  'resource.sms': { label: 'Mensaje de texto', description: 'Número para enviar mensajes de texto.' },
  'resource.email': { label: 'Correo electrónico', description: 'Dirección de correo electrónico, como "help@example.org".' },
  'resource.url': { label: 'Sitio web', description: 'Página web.' },
  'resource.address': { label: 'Dirección', description: 'Calle y número.' },
  'resource.city': { label: 'Ciudad', description: 'Ciudad o pueblo. El cuadro de búsqueda busca en este campo.' },
  'resource.region': {
    label: 'Zona',
    description: 'Estado, provincia o área. El filtro de zona muestra todas las zonas que hay en los datos.',
  },
  'resource.coverage': {
    label: 'Cobertura',
    description: 'Dónde ofrece servicios. Los recursos nacionales y en línea aparecen con cualquier filtro de zona.',
  },
  'resource.hours': {
    label: 'Horario',
    description:
      'Horario de atención tal como se lee, por ejemplo, "lun–vie 9–17". Se muestra en lugar de la semana hecha con "openingHours".',
  },
  'resource.openingHours': {
    label: 'Horario de atención',
    description:
      'La semana habitual, como OpeningHoursSpecification de schema.org: la tarjeta dice si está abierto ahora. Abierto todo el día: de "00:00" a "23:59".',
  },
  'resource.specialHours': {
    label: 'Horario especial',
    description: 'Feriados y otras fechas que reemplazan la semana habitual, como specialOpeningHoursSpecification de schema.org.',
  },
  'resource.timeZone': {
    label: 'Zona horaria',
    description: 'La zona horaria de su horario, nombrada por un lugar que tiene esa hora, como "America/New_York" (hora del este).',
  },
  openingHours: { label: 'Horario', description: 'Días con el mismo horario. Dos horarios en un mismo día son dos elementos.' },
  'openingHours.dayOfWeek': { label: 'Días', description: 'Nombres de los días en inglés, como "Monday".' },
  'openingHours.opens': { label: 'Abre', description: 'Hora de apertura en formato de 24 horas, como "09:00".' },
  'openingHours.closes': {
    label: 'Cierra',
    description:
      'Hora de cierre en formato de 24 horas, como "17:00". Si es igual o anterior a la de apertura, es al día siguiente (de noche).',
  },
  'openingHours.validFrom': { label: 'Desde', description: 'Primer día en que rige este horario.' },
  'openingHours.validThrough': { label: 'Hasta', description: 'Último día en que rige este horario.' },
  specialHours: {
    label: 'Día especial',
    description: 'Fechas con otro horario. Sin horas de apertura y cierre, está cerrado esas fechas.',
  },
  'specialHours.validFrom': { label: 'Desde', description: 'Primer día en que rige este horario.' },
  'specialHours.validThrough': { label: 'Hasta', description: 'Último día en que rige este horario.' },
  'specialHours.opens': { label: 'Abre', description: 'Hora de apertura en formato de 24 horas, como "09:00".' },
  'specialHours.closes': {
    label: 'Cierra',
    description:
      'Hora de cierre en formato de 24 horas, como "17:00". Si es igual o anterior a la de apertura, es al día siguiente (de noche).',
  },
  'resource.languages': {
    label: 'Idiomas',
    description: 'Códigos de idioma, como "en", "es": se muestran con su nombre, y son un filtro cuando los datos tienen más de uno.',
  },
  'resource.lat': {
    label: 'Latitud',
    description: 'Latitud en grados, para ordenar por distancia ("near me"). Requiere "lng".',
  },
  'resource.lng': {
    label: 'Longitud',
    description: 'Longitud en grados, para ordenar por distancia ("near me"). Requiere "lat".',
  },
  'resource.verified': { label: 'Última verificación', description: 'Cuándo se revisó la información por última vez.' },

  // <hr-principles>
  principlesData: { label: 'Principios', description: 'Los principios de su programa, como lista, tarjetas o secciones que se abren.' },
  'principlesData.title': { label: 'Título', description: 'Encabezado que se muestra sobre los principios.' },
  'principlesData.intro': { label: 'Introducción', description: 'Texto breve que se muestra antes de los principios.' },
  'principlesData.principles': { label: 'Principios', description: 'Los principios, en el orden en que se muestran.' },
  principle: { label: 'Principio', description: 'Un principio o cualquier punto con título.' },
  'principle.id': {
    label: 'Identificador de fragmento',
    description:
      'Se usa en el fragmento de la URL que abre este principio (#safety-first), después de convertirlo en letras minúsculas, números y guiones. Si falta, se crea a partir del título. A un id repetido se le agrega -2, -3, ….',
  },
  'principle.title': { label: 'Título', description: 'El principio en pocas palabras.' },
  'principle.description': { label: 'Descripción', description: 'Lo que significa, en una oración o un párrafo breve.' },

  // <hr-helpline>
  helpline: { label: 'Líneas de ayuda', description: 'Líneas de ayuda para llamar o escribir, con sus horarios e idiomas.' },
  'helpline.title': { label: 'Título', description: 'Encabezado que se muestra sobre las líneas.' },
  'helpline.intro': { label: 'Introducción', description: 'Texto breve que se muestra antes de las líneas.' },
  'helpline.lines': { label: 'Líneas', description: 'Las líneas de ayuda, en el orden en que se muestran.' },
  line: {
    label: 'Línea de ayuda',
    description: 'Una línea de ayuda: un nombre y al menos una forma de comunicarse que no esté en blanco (phone, sms, tty o url).',
  },
  'line.name': { label: 'Nombre', description: 'El nombre de la línea, por ejemplo, "988 Suicide & Crisis Lifeline".' },
  'line.kind': {
    label: 'Tipo',
    description:
      'Qué es la línea, con una etiqueta breve: apoyo en crisis, información y referencias, acompañamiento contra sobredosis, ayuda por envenenamiento, emergencias, o defensa y apoyo.',
  },
  'line.emergency': {
    label: 'Llamar primero',
    description:
      'Número al que llamar primero si alguien está inconsciente o tiene dificultad para respirar, por ejemplo, "911": se muestra antes de las demás formas de comunicarse.',
  },
  'line.phone': { label: 'Teléfono', description: 'Número para llamar.' },
  'line.press': {
    label: 'Opción que marcar',
    description:
      'La tecla que se oprime después de llamar, por ejemplo, "1": se muestra en el enlace para llamar ("Llamar al 988 y oprimir 1").',
  },
  'line.sms': { label: 'Mensaje de texto', description: 'Número para enviar mensajes de texto.' },
  'line.keyword': {
    label: 'Palabra clave',
    description:
      'La palabra que se envía primero, por ejemplo, "HOME": se muestra en el enlace para enviar un texto ("Enviar HOME al 741741").',
  },
  'line.id': {
    label: 'Línea nacional',
    description:
      'Una línea del catálogo integrado: su nombre, números, horario e idiomas vienen con ella, en inglés y español, revisados en el último año.',
  },
  'line.tty': { label: 'TTY', description: 'Número TTY para personas sordas o con problemas de audición.' },
  'line.videophone': { label: 'Videoteléfono', description: 'Número que marca un videoteléfono, para quienes usan ASL.' },
  'line.chat': { label: 'Chat', description: 'Página de chat.' },
  'line.url': { label: 'Sitio web', description: 'Sitio web.' },
  'line.also': {
    label: 'Otra forma',
    description:
      'Una forma de comunicarse con la línea que sus enlaces no pueden mostrar, en pocas palabras, por ejemplo, "WhatsApp: 442-AYUDAME" o "En español: oprime 2". Se muestra en todos los diseños.',
  },
  'line.hours': { label: 'Horario', description: 'Cuándo atiende, por ejemplo, "24/7".' },
  'line.openingHours': {
    label: 'Horario de atención',
    description:
      'La semana habitual, como OpeningHoursSpecification de schema.org: la tarjeta dice si está abierto ahora. Abierto todo el día: de "00:00" a "23:59".',
  },
  'line.timeZone': {
    label: 'Zona horaria',
    description: 'La zona horaria de su horario, nombrada por un lugar que tiene esa hora, como "America/New_York" (hora del este).',
  },
  'line.languages': { label: 'Idiomas', description: 'Códigos de idioma, como "en", "es".' },
  'line.note': { label: 'Nota', description: 'Una nota breve que se muestra con la línea.' },
  'helpline.includeDefaults': {
    label: 'Incluir líneas nacionales',
    description: 'Muestra también las líneas nacionales incluidas (988, SAMHSA, 911) después de estas.',
  },

  // <hr-quick-exit>
  quickExit: {
    label: 'Salida rápida',
    description: 'Un botón que deja la página de inmediato y abre un sitio neutral. Sus datos son opcionales: otro texto o adónde ir.',
  },
  'quickExit.label': { label: 'Texto del botón', description: 'Reemplaza el texto "Quick exit" con otras palabras.' },
  'quickExit.href': {
    label: 'Destino',
    description:
      'Adónde lleva la salida rápida (predeterminado: https://www.google.com/). Conviene una página rápida y neutral que sea común en la zona de quienes visitan el sitio. Una URL relativa se resuelve a partir de la página, así que se acepta en una página http(s).',
  },
  // Attributes: <element>@<attribute>, or @<attribute> for every element that has it
  '@heading-level': {
    label: 'Nivel del encabezado',
    description: 'El nivel del encabezado del título (de 1 a 6), según la estructura de la página. Valor predeterminado: 2.',
  },
  'quiz@shuffle': {
    label: 'Mezclar opciones en esta página',
    description: 'Un orden aleatorio nuevo de las opciones en cada intento, en la página con este código, diga lo que diga el contenido.',
  },
  'quiz@persist': {
    label: 'Guardar el avance al recargar',
    description:
      'Las respuestas se guardan en esta pestaña del navegador hasta terminar el cuestionario, y en ningún otro lugar. La salida rápida las borra.',
  },
  'resource-list@page-size': {
    label: 'Tarjetas a la vez',
    description: 'Cuántos lugares se muestran antes de "Mostrar más". Valor predeterminado: 20.',
  },
  'principles@layout': { label: 'Diseño', description: 'Una lista numerada, una cuadrícula de tarjetas o un acordeón.' },
  'helpline@variant': { label: 'Variante', description: 'Tarjetas con todos los detalles, o una barra compacta.' },
  'quick-exit@position': { label: 'Esquina', description: 'Dónde se ubica el botón en la pantalla.' },
  'quick-exit@tips': {
    label: 'Navega con más seguridad',
    description:
      'Agrega un botón «Navega con más seguridad» con pasos breves: ventanas privadas, borrar este sitio del historial, un dispositivo más seguro.',
  },
};
