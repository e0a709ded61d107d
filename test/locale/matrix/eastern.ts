import type { LocaleFixtures } from "./types.js";

/* Polish, Russian, Ukrainian, Turkish, Arabic. */

export const pl: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "mój numer: pięćset dwanaście, trzysta czterdzieści pięć, sześćset siedemdziesiąt osiem",
      "zadzwoń: pięć jeden dwa, trzy cztery pięć, sześć siedem osiem",
      "tel sześć zero jeden, dwa trzy cztery, pięć sześć siedem",
    ],
    no: [
      "mam dwoje dzieci, trzy koty i pięć lat doświadczenia",
      "potrzebuję dwóch, trzech dni na cztery ekrany",
    ],
  },
  email: {
    yes: [
      "pisz na adres jan.kowalski małpa gmail kropka com",
      "mój mail to anna kropka nowak małpa wp kropka pl",
      "maila wyślij na piotr_z at onet kropka pl",
    ],
    no: [
      "postawmy kropkę nad i przed wysyłką",
      "małpa w logo ma być bardziej uśmiechnięta",
    ],
  },
  request: {
    yes: [
      "Podaj mi swój numer telefonu",
      "Jaki masz mail?",
      "Prześlij numer, to zadzwonię",
      "W ofercie podaj e-mail i numer telefonu",
    ],
    no: [
      "Proszę nie podawać tu numeru telefonu.",
      "Jaka jest twoja stawka godzinowa?",
    ],
  },
  offPlatform: {
    yes: [
      "Przejdźmy na WhatsAppa, tam będzie szybciej",
      "Zapłać mi bezpośrednio na konto, bez prowizji",
      "Dogadajmy się poza platformą",
    ],
    no: [
      "Wolę zostać tutaj na platformie.",
      "Nie przejdę na WhatsAppa, piszmy tutaj.",
    ],
  },
  channel: {
    yes: [
      "napisz na wacapie",
      "mój tg: @kowal_dev",
      "odezwij się na messengerze wieczorem",
    ],
    no: [
      "zielony przycisk w aplikacji wysyła zlecenie",
      "oglądałem mecz w tv wczoraj wieczorem",
    ],
  },
  nationalPhone: {
    yes: [
      "mój numer: 512 345 678",
      "zadzwoń pod 601-234-567",
      "tel. 22 123 45 67",
    ],
    no: [
      "Zamówienie nr 2026/004512 z dnia 05.10.2026",
      "Budżet 1200-1500 zł, termin 05.10-09.10",
    ],
  },
  address: {
    yes: [
      "ul. Marszałkowska 10 m. 5, 00-590 Warszawa",
      "adres: ul. Długa 3/7, 80-827 Gdańsk",
      "wyślij na al. Jana Pawła II 27 lok. 12, 31-864 Kraków",
    ],
    no: [
      "Na ulicy jest korek, spóźnię się kilka minut",
      "Mieszkam w Warszawie od pięciu lat",
    ],
  },
};

export const ru: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
      "звони: восемь девять один два, три четыре пять, шесть семь восемь девять",
      "телефон восемь девятьсот двенадцать, триста сорок пять, шестьдесят семь, восемьдесят девять",
    ],
    no: [
      "у меня двое детей, три кота и пять лет опыта",
      "мне нужно два-три дня на четыре экрана",
    ],
  },
  email: {
    yes: [
      "пиши на ivan.petrov собака gmail точка com",
      "почта: anna собачка yandex точка ru",
      "мыло ivanov_a собака mail точка ru",
    ],
    no: [
      "у меня другая точка зрения на этот макет",
      "собака соседей лает весь день, созвон перенесём",
    ],
  },
  request: {
    yes: [
      "Скинь номер",
      "Дай свой телеграм",
      "Какая у тебя почта?",
      "В отклике укажите email и телефон",
    ],
    no: [
      "Пожалуйста, не пишите номер здесь.",
      "Какой у вас опыт работы с React?",
    ],
  },
  offPlatform: {
    yes: [
      "Давай перейдём в телеграм, там удобнее",
      "Оплати напрямую на карту, без комиссии сайта",
      "Давай продолжим общение вне платформы",
    ],
    no: [
      "Никаких оплат вне платформы.",
      "Мошенники просят перейти в телеграм, мы так не делаем.",
      "Я не буду переходить в ватсап, общаемся здесь.",
    ],
  },
  channel: {
    yes: [
      "пиши в телегу @ivan_dev",
      "мой тг: @anna_design",
      "стукни в ватсап, там отвечу быстрее",
      "кинь в вайбер",
    ],
    no: [
      "телега с сеном застряла на дороге",
      "смотрели вчера матч по телеку",
    ],
  },
  nationalPhone: {
    yes: [
      "мой номер 8 (912) 345-67-89",
      "звони 8-916-123-45-67",
      "тел. 8 495 123 45 67",
    ],
    no: [
      "Заказ № 2026-004512 от 05.10.2026",
      "Бюджет 1200-1500 руб., сроки 05.10-09.10",
    ],
  },
  address: {
    yes: [
      "г. Москва, ул. Тверская, д. 7, кв. 15, 125009",
      "Адрес: 190000, Санкт-Петербург, Невский пр., д. 28, кв. 4",
      "доставка на ул. Ленина, д. 5, корп. 2, кв. 31, Казань 420111",
    ],
    no: [
      "Улица была пустой, мы гуляли до утра",
      "Я живу в Москве уже пять лет и работаю удалённо",
    ],
  },
};

export const uk: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "мій номер нуль шістдесят сім, сто двадцять три, сорок п'ять, шістдесят сім",
      "дзвони: нуль дев’ять п’ять, один два три, чотири п’ять, шість сім",
      "телефон нуль п'ятдесят, сто двадцять три, сорок п'ять, шістдесят сім",
    ],
    no: [
      "у мене двоє дітей, три коти і п'ять років досвіду",
      "мені потрібно два-три дні на чотири екрани",
    ],
  },
  email: {
    yes: [
      "пиши на olena.koval собака gmail крапка com",
      "пошта: taras равлик ukr крапка net",
      "мейл petro_s собачка gmail крапка com",
    ],
    no: [
      "крапка в кінці речення тут не потрібна",
      "собака сусідів гавкає весь день, дзвінок перенесемо",
    ],
  },
  request: {
    yes: [
      "Скинь свій номер",
      "Яка у вас пошта?",
      "Вкажіть у відгуку email і телефон",
      "Дай свій телеграм",
    ],
    no: [
      "Будь ласка, не пишіть номер тут.",
      "Який у вас досвід роботи з React?",
    ],
  },
  offPlatform: {
    yes: [
      "Давай перейдемо у вайбер",
      "Оплатіть напряму на картку, без комісії",
      "Продовжимо спілкування поза платформою",
    ],
    no: [
      "Я не хочу переходити в телеграм, спілкуймося тут.",
      "Шахраї просять перейти у вайбер, ми так не робимо.",
    ],
  },
  channel: {
    yes: [
      "пиши в телегу @oleg_ua",
      "мій тг @olena_art",
      "напиши у вайбер ввечері",
    ],
    no: [
      "віз із сіном застряг на дорозі",
      "зелена кнопка в застосунку надсилає роботу",
    ],
  },
  nationalPhone: {
    yes: [
      "мій номер 067 123 45 67",
      "телефонуйте: (044) 123-45-67",
      "тел. 050-123-45-67",
    ],
    no: [
      "Замовлення № 2026-004512 від 05.10.2026",
      "Бюджет 1200-1500 грн, терміни 05.10-09.10",
    ],
  },
  address: {
    yes: [
      "м. Київ, вул. Хрещатик, буд. 22, кв. 5, 01001",
      "адреса: вул. Шевченка 10, кв. 3, Львів 79000",
      "доставка на просп. Свободи, 28, кв. 14, м. Львів, 79005",
    ],
    no: [
      "На вулиці дощ, зідзвонимося пізніше",
      "Я живу в Києві вже п'ять років",
    ],
  },
};

export const tr: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "numaram sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi",
      "beni ara: sıfır beş üç iki, bir iki üç, dört beş, altı yedi",
      "cep sıfır beş yüz elli beş, dokuz yüz seksen yedi, altmış beş, kırk üç",
    ],
    no: [
      "iki çocuğum, üç kedim ve beş yıllık deneyimim var",
      "dört ekran için iki üç gün daha lazım",
    ],
  },
  email: {
    yes: [
      "mailim ayse.kaya et gmail nokta com",
      "dosyaları mehmet_y at hotmail nokta com adresine gönder",
      "e-posta: ali nokta demir et yandex nokta com",
    ],
    no: [
      "bu nokta çok önemli, yarın konuşalım",
      "buluşma noktası saat üçte metro çıkışı",
    ],
  },
  request: {
    yes: [
      "Numaranı verir misin?",
      "Mail adresiniz nedir?",
      "Teklifinize e-posta ve telefon numaranızı ekleyin",
      "WhatsApp numaranı atar mısın?",
    ],
    no: [
      "Lütfen numaranızı burada paylaşmayın.",
      "Saatlik ücretiniz nedir?",
    ],
  },
  offPlatform: {
    yes: [
      "WhatsApp'tan devam edelim",
      "Bana direkt IBAN'a öde, komisyon olmasın",
      "Platform dışında anlaşalım",
    ],
    no: [
      "WhatsApp'a geçmek istemiyorum, burada konuşalım.",
      "Tüm ödemeler platform üzerinden yapılır.",
    ],
  },
  channel: {
    yes: [
      "wp'den yaz bana",
      "telegramım @mehmetdev",
      "vatsaptan ulaş, hemen dönerim",
    ],
    no: [
      "WP temasını güncelledim, eklentiler çalışıyor",
      "uygulamadaki yeşil buton teslimatı gönderiyor",
    ],
  },
  nationalPhone: {
    yes: [
      "numaram 0532 123 45 67",
      "beni 0 (212) 345 67 89'dan arayın",
      "cep: 0555 987 65 43",
    ],
    no: [
      "Sipariş no 2026-004512, tarih 05.10.2026",
      "Bütçe 1.200-1.500 TL, teslim 05.10-09.10",
    ],
  },
  address: {
    yes: [
      "Atatürk Cad. No: 15 D: 4, Kadıköy/İstanbul",
      "adresim: Bağdat Cad. Gül Sok. No:7 Daire 3, 34728 Kadıköy",
      "Cumhuriyet Mah. Lale Sokak No: 12/5, Çankaya Ankara",
    ],
    no: [
      "Cadde bugün çok kalabalıktı",
      "Beş yıldır İstanbul'da yaşıyorum",
    ],
  },
};

export const ar: LocaleFixtures = {
  spelledPhone: {
    yes: [
      "رقمي صفر خمسة خمسة، واحد اثنين ثلاثة، اربعة خمسة ستة سبعة",
      "كلمني على صفر واحد صفر، واحد اتنين تلاتة اربعة، خمسة ستة سبعة تمانية",
      "جوالي صفر خمسة صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة",
    ],
    no: [
      "عندي خمس سنوات خبرة وعملت على ثلاثة مشاريع",
      "أحتاج يومين أو ثلاثة لإنهاء أربع شاشات",
    ],
  },
  email: {
    yes: [
      "ايميلي ahmed.ali ات gmail دوت com",
      "راسلني على sara_m at hotmail دوت com",
      "البريد: omar.k آت yahoo دوت com",
    ],
    no: [
      "هذه النقطة مهمة جدا، نتكلم عنها بكرة",
      "نقطة الالتقاء عند محطة المترو الساعة ثلاثة",
    ],
  },
  request: {
    yes: [
      "ممكن رقمك؟",
      "ارسل لي رقم الواتساب",
      "ما هو ايميلك؟",
      "يرجى كتابة البريد الإلكتروني ورقم الهاتف في العرض",
    ],
    no: [
      "من فضلك لا تشارك رقمك هنا",
      "كم سعرك في الساعة؟",
    ],
  },
  offPlatform: {
    yes: [
      "خلينا نكمل على الواتساب",
      "ادفع لي مباشرة بتحويل بنكي بدون عمولة",
      "نتواصل خارج المنصة أفضل",
    ],
    no: [
      "لا أرغب في الانتقال إلى واتساب، لنكمل هنا",
      "كل المدفوعات تتم عبر المنصة",
    ],
  },
  channel: {
    yes: [
      "كلمني واتس",
      "ضيفني على تيليجرام @ahmad_web",
      "تواصل معي على الواتس اب",
      "راسلني واتساب على طول",
    ],
    no: [
      "الزر الأخضر في التطبيق يرسل التسليم",
      "شاهدت المباراة على التلفاز أمس",
    ],
  },
  nationalPhone: {
    yes: [
      "رقمي 0501234567",
      "اتصل على 010 1234 5678",
      "جوالي: 055 123 4567",
    ],
    no: [
      "رقم الطلب 2026-004512 بتاريخ 05/10/2026",
      "الميزانية 1200-1500 ريال والتسليم من 05/10 إلى 09/10",
    ],
  },
  address: {
    yes: [
      "شارع التحرير، عمارة 12، شقة 5، الدقي، الجيزة",
      "العنوان: حي النخيل، شارع الأمير سلطان، مبنى 8، الرياض 12345",
      "دبي، شارع الشيخ زايد، برج 3، شقة 1204",
    ],
    no: [
      "كان الشارع مزدحما اليوم فتأخرت",
      "أعيش في القاهرة منذ خمس سنوات",
    ],
  },
};
