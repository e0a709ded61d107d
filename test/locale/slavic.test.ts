import { describe, expect, it } from "vitest";
import { detect } from "../../src/detect/detect.js";
import { fold } from "../../src/normalize/fold.js";
import { digitsView } from "../../src/normalize/digits.js";

/*
 * Russian, Ukrainian and Polish end to end (issue 17): number words, at/dot words, requests (C8),
 * off-platform moves and payments (C9), and the refusals and warnings that must stay clean.
 */

const types = (text: string) => detect(text).map((f) => f.type);
const digits = (text: string) => digitsView(fold(text)).text;

describe("number words", () => {
  it.each([
    ["ru", "восемь девятьсот восемьдесят пять, семьсот двенадцать, шестьдесят четыре, тридцать", "89857126430"],
    ["ru", "плюс семь, девятьсот три, сто восемьдесят четыре, пятьдесят два, семьдесят шесть", "+79031845276"],
    ["uk", "нуль шістдесят сім, триста вісімнадцять, сорок п'ять, двадцять дев'ять", "0673184529"],
    ["uk", "нуль шістдесят сім, триста вісімнадцять, сорок п’ять, двадцять дев’ять", "0673184529"],
    ["pl", "sześćset dziewięćdziesiąt trzy, dwieście siedem, czterysta osiemnaście", "693207418"],
  ])("%s: %s", (_lang, text, expected) => {
    expect(digits(text).replace(/[^0-9+]/g, "")).toBe(expected);
  });

  it.each([
    ["ru", "плюс семь, девятьсот три, сто восемьдесят четыре, пятьдесят два, семьдесят шесть — это мой"],
    ["uk", "мій номер нуль шістдесят сім, триста вісімнадцять, сорок п'ять, двадцять дев'ять"],
    ["pl", "piszę słownie: sześćset dziewięćdziesiąt trzy, dwieście siedem, czterysta osiemnaście"],
  ])("%s: a phone number spelled out is found", (_lang, text) => {
    expect(types(text)).toContain("phone");
  });

  it.each([
    ["ru", "Срок сдачи два дня, бюджет сто тысяч"],
    ["uk", "Потрібно три банери і п'ять постів"],
    ["pl", "Sto procent zadowolenia, dwa tygodnie pracy"],
    ["it", "sto facendo due cose"],
  ])("%s: a few number words in prose are not a phone (%s)", (_lang, text) => {
    expect(types(text)).not.toContain("phone");
  });
});

describe("at/dot words", () => {
  it.each([
    ["ru", "пишите d.sokolov (собака) ya (точка) ru"],
    ["uk", "моя пошта: oksana.kravets равлик ukr крапка net"],
    ["pl", "Wyniki proszę przesłać na k.zielinska.grafik małpa onet kropka pl"],
  ])("%s: %s", (_lang, text) => {
    expect(types(text)).toContain("email");
  });

  it.each([
    ["ru", "У меня собака и кошка, точка."],
    ["pl", "Mam psa, a nie małpa, kropka."],
  ])("%s: the words in prose are not an address (%s)", (_lang, text) => {
    expect(types(text)).not.toContain("email");
  });
});

describe("requests for contact details (C8)", () => {
  it.each([
    ["ru", "Дайте ваш телефон, я наберу"],
    ["ru", "слушай, черкани свой номерок"],
    ["ru", "скинь телегу"],
    ["ru", "Скинь номер"],
    ["ru", "В отклике обязательно укажите ваш Telegram для связи."],
    ["uk", "Напишіть свій номер телефону, будь ласка"],
    ["uk", "У пропозиції вкажіть свій номер телефону або Telegram."],
    ["pl", "Może Pan podać numer telefonu?"],
    ["pl", "Podaj numer telefonu"],
  ])("%s: %s", (_lang, text) => {
    expect(types(text)).toContain("contact_request");
  });

  it.each([
    ["ru", "Укажите номер заказа"],
    ["ru", "Пожалуйста, не оставляйте свой номер телефона в чате"],
    ["uk", "Вкажіть номер замовлення"],
    ["pl", "Nie podawaj swojego numeru telefonu"],
    ["pl", "Podaj numer zamówienia"],
  ])("%s: not a request (%s)", (_lang, text) => {
    expect(types(text)).not.toContain("contact_request");
  });
});

describe("off-platform moves and payments (C9)", () => {
  it.each([
    ["ru", "Давайте продолжим общение вне площадки, тут неудобно"],
    ["ru", "Давай перейдем в телегу"],
    ["ru", "в телегу кинь сообщение"],
    ["ru", "Оплата напрямую на карту, без сделки на сайте"],
    ["ru", "мои контакты есть в портфолио, в конце PDF"],
    ["uk", "Може, перейдемо в месенджер? Тут незручно"],
    ["pl", "Możemy przenieść rozmowę poza platformę?"],
    ["pl", "Napisz do mnie na WhatsApp"],
    ["pl", "Zapłać mi bezpośrednio na konto"],
  ])("%s: %s", (_lang, text) => {
    expect(types(text)).toContain("off_platform");
  });

  it.each([
    ["ru", "Я не буду переходить в Telegram"],
    ["ru", "не буду переходить в телегу, общаемся здесь"],
    ["ru", "Мошенники просят перейти в WhatsApp, мы так не делаем"],
    ["ru", "не переводите деньги напрямую на карту, это мошенники"],
    ["ru", "Давайте продолжим общение здесь"],
    ["uk", "Я не буду переходити в Telegram"],
    ["pl", "Nie będę przechodzić na WhatsApp"],
    ["pl", "Nie płać nikomu poza platformą"],
  ])("%s: a refusal or warning is clean (%s)", (_lang, text) => {
    expect(types(text)).not.toContain("off_platform");
  });
});
