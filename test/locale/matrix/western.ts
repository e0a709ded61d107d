import type { LocaleFixtures } from "./types.js";

/* English, Spanish, Portuguese, French, German, Italian, Dutch. */

export const en: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "my number is four one five, eight six seven, five three zero nine",
      "text me on oh seven nine double one, one two three, four five six",
      "call me: two zero one, five five five, zero one two three, any time after 6",
    ],
    no: [
      "I need two or three days for the draft and then one round of revisions",
      "we have five designers, four developers and one project manager on the team",
    ],
  },
  email: {
    yes: [
      "send the files to john.carter at gmail dot com",
      "my email is sarah_k [at] outlook [dot] com, drop me a line there",
      "reach me: mike dot evans at yahoo dot co dot uk",
      "my gmail is john.carter88, send the invoice there",
    ],
    no: [
      "I'll be at the studio at five, so send the files before then",
      "good point, let's talk about the dot pattern at tomorrow's call",
    ],
  },
  request: {
    yes: [
      "What's your WhatsApp number?",
      "Please include your email and phone number in your proposal.",
      "Can you send me your number so we can talk it through?",
      "Drop your email below and I'll send the brief",
    ],
    no: [
      "Please don't share your phone number here, the platform doesn't allow it.",
      "What's your hourly rate for this kind of work?",
    ],
  },
  offPlatform: {
    yes: [
      "Let's move this conversation to WhatsApp, it's easier",
      "If you pay me directly by bank transfer I can give you 10% off",
      "We can continue outside the platform and skip the fees",
    ],
    no: [
      "I'd rather not move to WhatsApp, let's keep everything here.",
      "Scammers ask to continue on Telegram; we don't.",
      "All payments go through the platform's escrow, as usual.",
      "He asked me to call him off the platform, so I'm reporting it.",
      "No payments outside the platform, please.",
    ],
  },
  channel: {
    yes: [
      "text me on the green app and we'll sort it out",
      "find me on tg: @alex_devs",
      "my tele is @dan_k, message me there",
      "hit me up on whatsapp, I answer faster there",
    ],
    no: [
      "click the green button on the app to submit your milestone",
      "the tg in the file name stands for 'title graphic'",
    ],
  },
  nationalPhone: {
    yes: [
      "Call me at (201) 555-0123 after six",
      "my mobile is 07911 123456, ring me whenever",
      "cell: 415-867-5309",
    ],
    no: [
      "Order #4827-3391 shipped on 03/15/2026",
      "The budget is $1,200-1,500 and the deadline is 12/05/2026",
      "We open 9:00-17:30 Monday to Friday, room 2041",
    ],
  },
  address: {
    yes: [
      "Ship it to 1427 Maple Avenue, Apt 3B, Springfield, IL 62704",
      "my address is Flat 2, 14 Kings Road, London SW3 4UD",
      "please deliver to 350 Fifth Ave, Suite 5100, New York, NY 10118",
    ],
    no: [
      "We're on the road to launch, two more sprints to go",
      "The main street scene in the video needs better lighting",
    ],
  },
};

export const es: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "mi número es seis uno dos, tres cuatro cinco, seis siete ocho",
      "llámame al seis doce treinta y cuatro cincuenta y seis setenta y ocho",
      "mi cel es cincuenta y cinco, doce treinta y cuatro, cincuenta y seis setenta y ocho",
    ],
    no: [
      "tengo dos hijos y tres gatos, y llevo cinco años trabajando en diseño",
      "necesito dos o tres días más para entregar las cuatro pantallas",
    ],
  },
  email: {
    yes: [
      "escríbeme a maria.lopez arroba gmail punto com",
      "mi correo es jlopez arroba hotmail punto es",
      "mándalo a carlos_ruiz (arroba) yahoo (punto) com (punto) mx",
    ],
    no: [
      "ese es un buen punto, lo hablamos mañana a las diez",
      "en punto de las cinco te mando el diseño terminado",
    ],
  },
  request: {
    yes: [
      "¿Me pasas tu número de WhatsApp?",
      "Incluye tu correo y teléfono en la propuesta.",
      "¿Qué correo tienes?",
      "Déjame tu número y te llamo",
    ],
    no: [
      "Por favor, no compartas tu número aquí.",
      "Aquí nada de números ni correos, todo por la plataforma",
      "¿Cuál es tu tarifa por hora?",
    ],
  },
  offPlatform: {
    yes: [
      "Mejor hablemos por WhatsApp, es más rápido",
      "Si me pagas directo por transferencia te hago un descuento",
      "Sigamos fuera de la plataforma para no pagar comisión",
    ],
    no: [
      "No se aceptan pagos fuera de la plataforma.",
      "Prefiero no pasar a WhatsApp, sigamos por aquí.",
      "Todos los pagos se hacen dentro de la plataforma.",
    ],
  },
  channel: {
    yes: [
      "escríbeme al wsp y lo vemos",
      "mándame un wasap cuando puedas",
      "mi tele es @carlos_dev",
    ],
    no: [
      "vi el partido en la tele anoche",
      "el logo va en verde y el texto en blanco",
    ],
  },
  nationalPhone: {
    yes: [
      "Llámame al 612 34 56 78",
      "mi móvil: 699 123 456",
      "cel: 55 1234 5678, márcame en la tarde",
    ],
    no: [
      "El pedido 2026-004512 llegó el 05/10/2026",
      "Precio: 1.250,00 € IVA incluido, entrega del 3 al 7 de marzo",
    ],
  },
  address: {
    yes: [
      "Envíalo a Calle Mayor 12, 3º B, 28013 Madrid",
      "mi dirección: Av. Insurgentes Sur 1234, Col. Del Valle, 03100 Ciudad de México",
      "C/ de Aragón 255, 2º 1ª, 08007 Barcelona",
    ],
    no: [
      "Estoy en la calle ahora, te respondo luego",
      "La avenida principal del mapa necesita más contraste",
    ],
  },
};

export const pt: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "meu zap é onze nove oito sete meia cinco quatro três dois um",
      "liga pra mim: nove um dois, três quatro cinco, seis sete oito",
      "anota aí: vinte e um, nove nove oito sete meia, cinco quatro três dois",
    ],
    no: [
      "tenho dois filhos e três gatos, e trabalho há cinco anos com design",
      "preciso de mais dois ou três dias para as quatro telas",
    ],
  },
  email: {
    yes: [
      "meu email é joao.silva arroba gmail ponto com",
      "manda pra ana_souza arroba outlook ponto com ponto br",
      "o e-mail: pedro ponto alves arroba hotmail ponto com",
    ],
    no: [
      "esse ponto do contrato precisa de revisão",
      "ponto de encontro às três horas na frente do prédio",
    ],
  },
  request: {
    yes: [
      "Me passa seu número?",
      "Qual é o seu email?",
      "Inclua seu telefone e e-mail na proposta",
      "Manda teu zap que eu te chamo",
    ],
    no: [
      "Não envie seu telefone por aqui, por favor.",
      "Qual é o seu prazo para entregar?",
    ],
  },
  offPlatform: {
    yes: [
      "Vamos conversar pelo WhatsApp, é mais fácil",
      "Me paga direto no Pix que sai mais barato",
      "Podemos fechar fora da plataforma sem a taxa",
    ],
    no: [
      "Nada de pagamentos fora da plataforma.",
      "Prefiro manter a conversa aqui na plataforma.",
      "Não vou passar para o WhatsApp, vamos continuar aqui.",
    ],
  },
  channel: {
    yes: [
      "me chama no zap",
      "chama no zapzap que eu respondo rapidinho",
      "meu telegram: @joaodev",
    ],
    no: [
      "dei um zap nos canais da TV e não achei o jogo",
      "o botão verde do app serve para enviar a entrega",
    ],
  },
  nationalPhone: {
    yes: [
      "meu celular: (11) 98765-4321",
      "liga no (21) 99876-5432 depois das 18h",
      "telemóvel 912 345 678",
    ],
    no: [
      "Pedido nº 2026-45871 entregue em 12/03/2026",
      "Orçamento de R$ 1.500,00 a R$ 2.300,00, prazo de 15 a 20 dias",
    ],
  },
  address: {
    yes: [
      "Rua das Flores, 123, apto 45, São Paulo - SP, CEP 01234-567",
      "meu endereço: Av. Paulista, 1578, Bela Vista, São Paulo, 01310-200",
      "Rua Augusta 100, 2º Esq, 1100-053 Lisboa",
    ],
    no: [
      "Estou na rua agora, respondo mais tarde",
      "a avenida do mapa precisa de mais contraste",
    ],
  },
};

export const fr: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "mon numéro c'est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
      "appelle-moi au zéro sept, quatre-vingt-dix-neuf, vingt et un, quarante-trois, quatre-vingts",
      "tél : zéro six un deux trois quatre cinq six sept huit",
    ],
    no: [
      "j'ai deux enfants et trois chats, et cinq ans d'expérience",
      "il me faut deux ou trois jours pour les quatre maquettes",
    ],
  },
  email: {
    yes: [
      "écris-moi à julie.martin arobase gmail point com",
      "mon mail : pdurand arobase orange point fr",
      "envoie à claire point dubois at free point fr",
    ],
    no: [
      "on fait le point demain à 10h",
      "à point nommé, la maquette est prête",
    ],
  },
  request: {
    yes: [
      "Tu peux me donner ton numéro ?",
      "Quelle est votre adresse mail ?",
      "Merci d'indiquer votre email et téléphone dans votre candidature",
      "Envoie-moi ton numéro de portable",
    ],
    no: [
      "Ne partagez pas votre numéro ici, s'il vous plaît.",
      "Quel est votre tarif journalier ?",
    ],
  },
  offPlatform: {
    yes: [
      "On continue sur WhatsApp ?",
      "Payez-moi directement par virement, sans la commission",
      "On peut régler ça en dehors de la plateforme",
    ],
    no: [
      "Aucun paiement en dehors de la plateforme.",
      "Je préfère qu'on reste sur la plateforme.",
      "Je ne passerai pas sur WhatsApp, on continue ici.",
    ],
  },
  channel: {
    yes: [
      "écris-moi sur whatsapp, je réponds plus vite",
      "mon télégram c'est @julie_design",
      "envoie-moi un snap ou un whats ce soir",
    ],
    no: [
      "j'ai vu ça à la télé hier soir",
      "le bouton vert de l'appli sert à valider la livraison",
    ],
  },
  nationalPhone: {
    yes: [
      "mon portable : 06 12 34 56 78",
      "appelez-moi au 01.42.68.53.00",
      "tél : 07 81 23 45 67",
    ],
    no: [
      "Commande n° 2026-48213 livrée le 05/10/2026",
      "Budget de 1 200 à 1 500 €, livraison du 03/03 au 07/03",
    ],
  },
  address: {
    yes: [
      "12 rue de la Paix, 75002 Paris",
      "mon adresse : appartement 5, 8 avenue Jean Jaurès, 69007 Lyon",
      "livraison au 3 bis boulevard Victor Hugo, 06000 Nice",
    ],
    no: [
      "Je suis dans la rue, je te réponds plus tard",
      "le boulevard de la maquette est trop sombre",
    ],
  },
};

export const de: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "ruf mich an: null eins fünf eins, zwei drei vier fünf, sechs sieben acht neun",
      "meine Nummer ist null eins sieben sechs, dreiundzwanzig, fünfundvierzig, siebenundsechzig, neunzig",
      "null drei null, zwo drei vier, fünf sechs sieben acht",
    ],
    no: [
      "Ich habe zwei Kinder, drei Katzen und fünf Jahre Berufserfahrung",
      "Ich brauche noch zwei oder drei Tage für die vier Entwürfe",
    ],
  },
  email: {
    yes: [
      "schreib mir an max.mueller ät gmx punkt de",
      "meine Mail: anna punkt schmidt at web punkt de",
      "Mail an k.weber (at) t-online (punkt) de",
    ],
    no: [
      "Punkt drei der Liste ist noch offen",
      "Treffpunkt ist um 14 Uhr am Bahnhof",
    ],
  },
  request: {
    yes: [
      "Welche E-Mail-Adresse haben Sie?",
      "Schick mir deine Handynummer",
      "Bitte geben Sie in Ihrem Angebot Ihre E-Mail und Telefonnummer an",
      "Kannst du mir deine Nummer geben?",
    ],
    no: [
      "Bitte teilen Sie hier keine Telefonnummern.",
      "Wie hoch ist Ihr Stundensatz?",
    ],
  },
  offPlatform: {
    yes: [
      "Lass uns auf WhatsApp weiterschreiben",
      "Zahl mir direkt per Überweisung, dann spare ich die Gebühr",
      "Wir können das außerhalb der Plattform abwickeln",
    ],
    no: [
      "Keine Zahlungen außerhalb der Plattform, bitte.",
      "Ich möchte lieber nicht zu WhatsApp wechseln, wir bleiben hier.",
      "Die Zahlung läuft wie immer über die Plattform.",
    ],
  },
  channel: {
    yes: [
      "schreib mir einfach per WA",
      "mein Tele: @max_design",
      "meld dich auf Telegram bei mir, da bin ich schneller",
    ],
    no: [
      "das Tele-Objektiv ist für die Produktfotos zu lang",
      "der grüne Button in der App schickt die Lieferung ab",
    ],
  },
  nationalPhone: {
    yes: [
      "Handy: 0151 23456789",
      "Ruf mich unter 030 12345678 an",
      "Tel.: 0176/23456789",
    ],
    no: [
      "Bestellnummer 2026-004817 vom 05.10.2026",
      "Budget 1.200-1.500 €, Lieferung 05.10.-09.10.2026",
    ],
  },
  address: {
    yes: [
      "Hauptstraße 5, 10115 Berlin",
      "Lieferadresse: Goethestr. 12a, 80336 München",
      "meine Adresse ist Am Markt 3, 2. OG, 50667 Köln",
    ],
    no: [
      "Die Straße ist heute wegen Bauarbeiten gesperrt",
      "Ich wohne seit fünf Jahren in Berlin und arbeite remote",
    ],
  },
};

export const it: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "il mio cellulare è tre quattro sette, uno due tre, quattro cinque sei sette",
      "chiamami al tre tre nove, doppio otto, quattro cinque, sei sette sette",
      "numero: tre tre tre, uno due tre, quarantacinque, sessantasette",
    ],
    no: [
      "ho due figli, tre gatti e cinque anni di esperienza",
      "mi servono due o tre giorni per le quattro schermate",
    ],
  },
  email: {
    yes: [
      "scrivimi a marco.rossi chiocciola gmail punto com",
      "la mia mail è giulia punto bianchi chiocciola libero punto it",
      "mandala a l.verdi at alice punto it",
    ],
    no: [
      "a che punto siamo con il logo?",
      "punto primo: il colore di sfondo",
    ],
  },
  request: {
    yes: [
      "Mi dai il tuo numero?",
      "Qual è la tua email?",
      "Inserisci email e numero di telefono nella proposta",
      "Mandami il tuo numero di cellulare",
    ],
    no: [
      "Non condividere il tuo numero qui, per favore.",
      "Qual è la tua tariffa oraria?",
    ],
  },
  offPlatform: {
    yes: [
      "Sentiamoci su WhatsApp",
      "Pagami direttamente con bonifico così evitiamo le commissioni",
      "Continuiamo fuori dalla piattaforma",
    ],
    no: [
      "Nessun pagamento fuori dalla piattaforma.",
      "Preferisco restare qui sulla piattaforma.",
      "Non passo su WhatsApp, continuiamo qui.",
    ],
  },
  channel: {
    yes: [
      "scrivimi su wa",
      "il mio telegram è @marco_web",
      "sentiamoci su whats stasera",
    ],
    no: [
      "ho visto la partita in tv ieri sera",
      "il tasto verde dell'app serve a consegnare",
    ],
  },
  nationalPhone: {
    yes: [
      "il mio cell è 347 123 4567",
      "chiamami al 333 1234567",
      "tel. 02 1234 5678",
    ],
    no: [
      "Ordine n. 2026-004512 del 05/10/2026",
      "Budget da 1.200 a 1.500 €, consegna dal 3 al 7 marzo",
    ],
  },
  address: {
    yes: [
      "Via Roma 15, 20121 Milano",
      "Corso Vittorio Emanuele II 45, 10125 Torino",
      "il mio indirizzo: Piazza Navona 2, int. 4, 00186 Roma",
    ],
    no: [
      "Ti mando i file via WeTransfer entro stasera",
      "la piazza nel disegno è troppo scura",
    ],
  },
};

export const nl: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "bel me op nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig",
      "mijn nummer: nul zes een twee drie vier vijf zes zeven acht",
      "nul twintig, een twee drie, vier vijf zes zeven",
    ],
    no: [
      "Ik heb een of twee vragen over de drie ontwerpen",
      "we zijn met vijf designers en twee developers",
    ],
  },
  email: {
    yes: [
      "mail naar sanne.devries apenstaartje gmail punt com",
      "mijn mail is jan at hotmail punt nl",
      "stuur het naar p punt jansen apenstaartje ziggo punt nl",
    ],
    no: [
      "dat is een goed punt, morgen bespreken we het",
      "punt twee op de agenda is de planning",
    ],
  },
  request: {
    yes: [
      "Mag ik je telefoonnummer?",
      "Wat is je e-mailadres?",
      "Vermeld je e-mail en telefoonnummer in je voorstel",
      "Stuur me je nummer even",
    ],
    no: [
      "Deel hier alsjeblieft geen telefoonnummers.",
      "Wat is je uurtarief?",
    ],
  },
  offPlatform: {
    yes: [
      "Laten we via WhatsApp verder praten",
      "Betaal me rechtstreeks via Tikkie, dan scheelt het kosten",
      "Zullen we het buiten het platform regelen?",
    ],
    no: [
      "Ik blijf liever hier op het platform.",
      "Ik ga niet over naar WhatsApp, we praten hier verder.",
    ],
  },
  channel: {
    yes: [
      "stuur me even een appje",
      "app me maar, dan regelen we het",
      "mijn telegram: @sanne_design",
    ],
    no: [
      "de app crasht als ik de foto upload",
      "de groene knop in de app verstuurt de levering",
    ],
  },
  nationalPhone: {
    yes: [
      "bel me op 06-12345678",
      "mijn nummer is 06 1234 5678",
      "tel: 020 123 4567",
    ],
    no: [
      "Bestelling 2026-004817 van 05-10-2026",
      "Budget € 1.200-1.500, levering 05-10 t/m 09-10",
    ],
  },
  address: {
    yes: [
      "Kerkstraat 12, 1017 GM Amsterdam",
      "Stuur het naar Dorpsweg 4-B, 3511 AB Utrecht",
      "mijn adres: Laan van Meerdervoort 100, 2517 AS Den Haag",
    ],
    no: [
      "de straat is vandaag afgesloten",
      "ik woon al vijf jaar in Amsterdam en werk op afstand",
    ],
  },
};
