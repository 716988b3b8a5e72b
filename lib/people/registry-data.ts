/**
 * The people registry as data: countries and canonical people with aliases and offices over time.
 *
 * Conventions
 * - `name` is the canonical English name. DPRK names: McCune–Reischauer as DPRK English media write them,
 *   no hyphens ("Choe Son Hui"). Russian names: the common English wire spelling ("Sergey Lavrov",
 *   "Sergei Shoigu", "Andrei Belousov", "Alexander ..."). Other people: their usual English press spelling.
 * - Dates are ISO or partial (YYYY, YYYY-MM, YYYY-MM-DD). A partial date means "some time in that year / month";
 *   null means unknown (for `from`) or unknown / still in office (for `to`). No precision is invented:
 *   when only the month or year of a change is known, only the month or year is given.
 * - A handover inside one month with no known day is written as the same partial month on both sides.
 * - Only the people and offices we are confident of are listed. Offices whose start or end is unknown carry null.
 * - Aliases: realistic spellings found in news text (romanisations, hyphenations, Cyrillic, hangul).
 *   Bare surnames only for Russians (and a few world leaders) whose surname is unique here and used alone
 *   in the press; never for Korean surnames. No alias may belong to two people (see registry-data.test.ts).
 */
import type { Country, CountryCode, PersonLevel, RegistryOffice, RegistryPerson, RoleKey } from "./types";

// ---------------------------------------------------------------- countries

export const COUNTRIES: Country[] = [
  {
    code: "KP",
    name: "North Korea",
    aliases: [
      "North Korean", "North Koreans", "DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea",
      "N.Korea", "N. Korean", "КНДР", "Северная Корея", "Корейская Народно-Демократическая Республика",
      "북한", "조선민주주의인민공화국",
    ],
  },
  {
    code: "RU",
    name: "Russia",
    aliases: ["Russian", "Russians", "Russian Federation", "Россия", "Российская Федерация", "러시아", "로씨야"],
  },
  {
    code: "CN",
    name: "China",
    aliases: ["Chinese", "People's Republic of China", "PRC", "P.R.C.", "中国", "Китай", "КНР", "중국"],
  },
  {
    code: "US",
    name: "United States",
    aliases: [
      "United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "США", "미국",
    ],
  },
  {
    code: "KR",
    name: "South Korea",
    aliases: [
      "South Korean", "South Koreans", "Republic of Korea", "ROK", "R.O.K.", "S. Korea", "S.Korea", "S. Korean",
      "Южная Корея", "Республика Корея", "한국", "대한민국",
    ],
  },
  { code: "JP", name: "Japan", aliases: ["Japanese", "Япония", "일본", "日本"] },
  { code: "UA", name: "Ukraine", aliases: ["Ukrainian", "Ukrainians", "Украина", "우크라이나"] },
  { code: "BY", name: "Belarus", aliases: ["Belarusian", "Belarussian", "Belorussian", "Беларусь", "Белоруссия", "벨라루스"] },
  { code: "MN", name: "Mongolia", aliases: ["Mongolian", "Монголия", "몽골"] },
  { code: "VN", name: "Vietnam", aliases: ["Viet Nam", "Vietnamese", "Вьетнам", "베트남"] },
  { code: "IR", name: "Iran", aliases: ["Iranian", "Islamic Republic of Iran", "Иран", "이란"] },
  { code: "SY", name: "Syria", aliases: ["Syrian", "Syrian Arab Republic", "Сирия", "시리아"] },
];

// ---------------------------------------------------------------- helpers (pure, data-shaping only)

type DateStr = string | null;

function office(
  title: string,
  roleKey: RoleKey,
  level: PersonLevel,
  from: DateStr,
  to: DateStr,
  toCountry?: CountryCode,
): RegistryOffice {
  return toCountry ? { title, roleKey, level, toCountry, from, to } : { title, roleKey, level, from, to };
}

/**
 * Korean name spellings: each spaced three-syllable form also yields its two hyphenated forms
 * ("Kim Jong Un" -> "Kim Jong-un", "Kim Jong-Un").
 */
function ko(...spaced: string[]): string[] {
  const out: string[] = [];
  for (const s of spaced) {
    out.push(s);
    const parts = s.split(" ");
    if (parts.length === 3) {
      const [family, g1, g2] = parts;
      out.push(`${family} ${g1}-${g2.toLowerCase()}`, `${family} ${g1}-${g2}`);
    }
  }
  return out;
}

function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function person(name: string, country: CountryCode, aliases: string[], offices: RegistryOffice[]): RegistryPerson {
  const seen = new Set<string>([name]);
  const unique: string[] = [];
  for (const a of aliases) {
    if (seen.has(a)) continue;
    seen.add(a);
    unique.push(a);
  }
  return { slug: slugify(name), name, country, aliases: unique, offices };
}

// Russian government formation dates used repeatedly below.
const RU_GOV_2012 = "2012-05-21";
const RU_GOV_2018 = "2018-05-18";
const RU_GOV_2020 = "2020-01-21";
const RU_RESHUFFLE_2020 = "2020-11-10";
const RU_GOV_2024 = "2024-05-14";

// ---------------------------------------------------------------- DPRK

const KP_PEOPLE: RegistryPerson[] = [
  person("Kim Jong Un", "KP", [
    ...ko("Kim Jong Un", "Kim Jong Eun", "Kim Jung Un"), "Kim Jongun", "Ким Чен Ын", "김정은",
  ], [
    // One head-of-state office for the whole period; his formal titles are listed separately.
    office("Supreme Leader of the DPRK", "head-of-state", "head", "2011-12", null),
    office("Supreme Commander of the Korean People's Army", "other", "head", "2011-12-30", null),
    office("First Secretary of the Workers' Party of Korea", "party-official", "head", "2012-04-11", "2016-05-09"),
    office("First Chairman of the National Defence Commission", "other", "head", "2012-04-13", "2016-06-29"),
    office("Chairman of the Workers' Party of Korea", "party-official", "head", "2016-05-09", "2021-01-10"),
    office("Chairman of the State Affairs Commission", "other", "head", "2016-06-29", "2021"),
    office("General Secretary of the Workers' Party of Korea", "party-official", "head", "2021-01-10", null),
    office("President of the State Affairs of the DPRK", "other", "head", "2021", null),
  ]),
  person("Kim Yo Jong", "KP", [
    ...ko("Kim Yo Jong", "Kim Yeo Jong", "Kim Yo Jung", "Kim Yeo Jung"), "Ким Ё Чжон", "김여정",
  ], [
    office("Vice Department Director of the WPK Central Committee", "party-official", "other", "2014", null),
  ]),
  person("Choe Son Hui", "KP", [
    ...ko("Choe Son Hui", "Choi Son Hui", "Choe Sun Hui", "Choi Sun Hui", "Choi Son Hee", "Choi Sun Hee",
      "Choe Son Hee", "Chwe Son Hui"),
    "Цой Сон Хи", "Чхве Сон Хи", "최선희",
  ], [
    office("Director-General of the North American Department, Ministry of Foreign Affairs", "other", "other", null, "2018"),
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2018", "2019-04"),
    office("First Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2019-04", "2022-06"),
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2022-06", null),
  ]),
  person("Ri Son Gwon", "KP", [
    ...ko("Ri Son Gwon", "Ri Son Kwon", "Ri Sun Gwon", "Lee Son Gwon", "Lee Son Kwon", "Lee Sun Kwon", "Ri Seon Gwon"),
    "Ли Сон Гвон", "리선권", "이선권",
  ], [
    office("Chairman of the Committee for the Peaceful Reunification of the Fatherland", "other", "minister", null, "2020-01"),
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2020-01", "2022-06"),
    office("Director of the United Front Department of the WPK Central Committee", "party-official", "other", "2022-06", null),
  ]),
  person("Ri Yong Ho", "KP", [
    ...ko("Ri Yong Ho", "Lee Yong Ho", "Ri Young Ho"), "Ли Ён Хо", "리용호", "이용호",
  ], [
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", null, "2016-05"),
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2016-05", "2020-01"),
  ]),
  person("Ri Su Yong", "KP", [
    ...ko("Ri Su Yong", "Lee Su Yong", "Ri Soo Yong", "Lee Soo Yong"), "Ли Су Ён", "리수용", "이수용",
  ], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2014-04", "2016-05"),
    office("Vice Chairman of the WPK Central Committee", "party-official", "other", "2016-05", null),
    office("Chairman of the Diplomatic Commission of the Supreme People's Assembly", "other", "parliament", "2017-04", null),
  ]),
  person("Paek Nam Sun", "KP", [
    ...ko("Paek Nam Sun", "Paek Nam Soon", "Baek Nam Sun", "Baek Nam Soon"), "Пэк Нам Сун", "백남순",
  ], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "1998-09", "2007-01"),
  ]),
  person("Pak Ui Chun", "KP", [
    ...ko("Pak Ui Chun", "Park Ui Chun", "Pak Eui Chun", "Park Eui Chun"), "Пак Ый Чун", "박의춘",
  ], [
    office("Ambassador to Russia", "ambassador", "other", "1998", "2006", "RU"),
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2007-05-18", "2014-04"),
  ]),
  person("Kim Tok Hun", "KP", [
    ...ko("Kim Tok Hun", "Kim Deok Hun", "Kim Dok Hun", "Kim Tok Hoon", "Kim Duk Hun"), "Ким Ток Хун", "김덕훈",
  ], [
    office("Premier of the Cabinet", "head-of-government", "head", "2020-08-13", "2024-12"),
    office("Secretary of the WPK Central Committee", "party-official", "other", "2024-12", null),
  ]),
  person("Pak Thae Song", "KP", [
    ...ko("Pak Thae Song", "Park Tae Song", "Pak Tae Song", "Park Tae Sung", "Pak Thae Sung", "Park Thae Song"),
    "Пак Тхэ Сон", "박태성",
  ], [
    office("Chief Secretary of the South Phyongan Provincial WPK Committee", "party-official", "other", "2014", "2017"),
    office("Chairman of the Supreme People's Assembly", "parliament-head", "parliament", "2019-04-11", "2023-01-17"),
    office("Secretary of the WPK Central Committee", "party-official", "other", "2021-01", "2024-12"),
    office("Premier of the Cabinet", "head-of-government", "head", "2024-12", null),
  ]),
  person("Kim Jae Ryong", "KP", [
    ...ko("Kim Jae Ryong", "Kim Jae Ryeong", "Kim Jae Ryung"), "Ким Чжэ Рён", "김재룡",
  ], [
    office("Premier of the Cabinet", "head-of-government", "head", "2019-04-11", "2020-08-13"),
  ]),
  person("Pak Pong Ju", "KP", [
    ...ko("Pak Pong Ju", "Park Pong Ju", "Pak Bong Ju", "Park Bong Ju"), "Пак Пон Чжу", "박봉주",
  ], [
    office("Premier of the Cabinet", "head-of-government", "head", "2013-04-01", "2019-04-11"),
    office("Vice Chairman of the State Affairs Commission", "other", "other", "2019-04-11", "2021"),
  ]),
  person("Ro Tu Chol", "KP", [
    ...ko("Ro Tu Chol", "No Tu Chol", "Ro Du Chol", "Roh Doo Chul"), "로두철", "노두철",
  ], [
    office("Vice Premier of the Cabinet", "minister", "minister", null, null),
    office("Chairman of the State Planning Commission", "minister", "minister", null, null),
  ]),
  person("No Kwang Chol", "KP", [
    ...ko("No Kwang Chol", "Ro Kwang Chol", "Roh Kwang Chol", "Noh Kwang Chol", "No Kwang Cheol", "No Gwang Chol"),
    "Но Гван Чхоль", "Но Гван Чхор", "노광철",
  ], [
    office("First Vice Minister of the People's Armed Forces", "deputy-defence-minister", "vice", null, "2018-06"),
    office("Minister of the People's Armed Forces", "defence-minister", "minister", "2018-06", "2019-12"),
    office("Minister of National Defence", "defence-minister", "minister", "2024-10", null),
  ]),
  person("Kang Sun Nam", "KP", [...ko("Kang Sun Nam", "Kang Soon Nam"), "Кан Сун Нам", "강순남"], [
    office("Minister of National Defence", "defence-minister", "minister", "2022-12", "2024-10"),
  ]),
  person("Pak Yong Sik", "KP", [
    ...ko("Pak Yong Sik", "Park Yong Sik", "Pak Yong Shik", "Park Young Sik"), "Пак Ён Сик", "박영식",
  ], [
    office("Minister of the People's Armed Forces", "defence-minister", "minister", "2015", "2018-06"),
  ]),
  person("Hyon Yong Chol", "KP", [
    ...ko("Hyon Yong Chol", "Hyun Yong Chol", "Hyon Yong Cheol", "Hyun Young Chul"), "Хён Ён Чхоль", "현영철",
  ], [
    office("Chief of the KPA General Staff", "military-chief", "minister", "2012-07", "2013-05"),
    office("Minister of the People's Armed Forces", "defence-minister", "minister", "2014-06", "2015-04"),
  ]),
  person("Jang Jong Nam", "KP", [...ko("Jang Jong Nam", "Chang Jong Nam", "Jang Jung Nam"), "장정남"], [
    office("Minister of the People's Armed Forces", "defence-minister", "minister", "2013-05", "2014-06"),
  ]),
  person("Kim Jong Gwan", "KP", [...ko("Kim Jong Gwan", "Kim Jong Kwan", "Kim Jung Gwan"), "Ким Чон Гван", "김정관"], [
    office("Vice Minister of the People's Armed Forces", "deputy-defence-minister", "vice", "2014-06", "2019-12"),
    office("Minister of the People's Armed Forces / National Defence", "defence-minister", "minister", "2019-12", "2021-07"),
    office("Vice Premier of the Cabinet", "minister", "minister", "2024-12", null),
  ]),
  person("Ri Yong Gil", "KP", [
    ...ko("Ri Yong Gil", "Ri Yong Kil", "Lee Yong Gil", "Lee Yong Kil", "Ri Young Gil"), "Ли Ён Гиль", "리영길", "이영길",
  ], [
    office("Chief of the KPA General Staff", "military-chief", "minister", "2013-08", "2016-02"),
    office("Chief of the KPA General Staff", "military-chief", "minister", "2018", "2019"),
    office("Minister of Social Security", "minister", "minister", "2021", "2021-07"),
    office("Minister of National Defence", "defence-minister", "minister", "2021-07", "2022-12"),
    office("Secretary of the WPK Central Committee", "party-official", "other", "2022-12", null),
    office("Chief of the KPA General Staff", "military-chief", "minister", "2023-08", null),
  ]),
  person("Pak Jong Chon", "KP", [
    ...ko("Pak Jong Chon", "Park Jong Chon", "Pak Jong Cheon", "Park Jong Cheon", "Pak Jong Chun"), "Пак Чон Чхон", "박정천",
  ], [
    office("Chief of the KPA General Staff", "military-chief", "minister", "2019", "2021"),
    office("Secretary of the WPK Central Committee", "party-official", "other", "2021", "2022-12"),
    office("Vice Chairman of the WPK Central Military Commission", "party-official", "other", "2021", "2022-12"),
  ]),
  person("Pak Su Il", "KP", [...ko("Pak Su Il", "Park Su Il", "Pak Soo Il", "Park Soo Il"), "박수일"], [
    office("Minister of Social Security", "minister", "minister", "2022-06", "2022-12"),
    office("Chief of the KPA General Staff", "military-chief", "minister", "2022-12", "2023-08"),
  ]),
  person("Ri Myong Su", "KP", [
    ...ko("Ri Myong Su", "Lee Myong Su", "Ri Myong Soo", "Lee Myung Su", "Ri Myung Su"), "리명수", "이명수",
  ], [
    office("Chief of the KPA General Staff", "military-chief", "minister", "2016-02", "2018"),
  ]),
  person("Ri Thae Sop", "KP", [...ko("Ri Thae Sop", "Ri Tae Sop", "Lee Tae Sop", "Ri Thae Sob"), "리태섭", "이태섭"], [
    office("Minister of Social Security", "minister", "minister", "2021-12", "2022-06"),
    office("Chief of the KPA General Staff", "military-chief", "minister", "2022-06", "2022-12"),
    office("Minister of Social Security", "minister", "minister", "2022-12", null),
  ]),
  person("Rim Kwang Il", "KP", [...ko("Rim Kwang Il", "Lim Kwang Il", "Im Kwang Il", "Rim Gwang Il"), "림광일", "임광일"], [
    office("Chief of the KPA General Staff", "military-chief", "minister", "2021", "2022-06"),
  ]),
  person("Hwang Pyong So", "KP", [...ko("Hwang Pyong So", "Hwang Byong So", "Hwang Byung Seo"), "Хван Бён Со", "황병서"], [
    office("Director of the KPA General Political Bureau", "other", "minister", "2014-04", "2017"),
  ]),
  person("Kim Su Gil", "KP", [...ko("Kim Su Gil", "Kim Soo Gil", "Kim Su Kil"), "김수길"], [
    office("Director of the KPA General Political Bureau", "other", "minister", "2018", null),
  ]),
  person("Kwon Yong Jin", "KP", [...ko("Kwon Yong Jin", "Kwon Young Jin", "Kwon Yong Chin"), "권영진"], [
    office("Director of the KPA General Political Bureau", "other", "minister", null, "2022"),
  ]),
  person("Kim Myong Sik", "KP", [...ko("Kim Myong Sik", "Kim Myung Sik"), "김명식"], [
    office("Commander of the Korean People's Army Navy", "other", "other", null, null),
  ]),
  person("Kim Hyong Ryong", "KP", [...ko("Kim Hyong Ryong", "Kim Hyung Ryong"), "김형룡"], [
    office("Vice Minister of the People's Armed Forces", "deputy-defence-minister", "vice", null, null),
  ]),
  person("Kim Yong Chol", "KP", [
    ...ko("Kim Yong Chol", "Kim Yong Chul", "Kim Young Chol", "Kim Young Chul", "Kim Yong Cheol"), "Ким Ён Чхоль", "김영철",
  ], [
    office("Director of the Reconnaissance General Bureau", "intelligence-chief", "minister", "2009", "2016"),
    office("Director of the United Front Department of the WPK Central Committee", "party-official", "other", "2016", "2019"),
  ]),
  person("Ri Pyong Chol", "KP", [
    ...ko("Ri Pyong Chol", "Ri Byong Chol", "Lee Byong Chol", "Lee Pyong Chol", "Ri Pyong Cheol"), "Ли Бён Чхоль", "리병철",
  ], [
    office("Vice Chairman of the WPK Central Military Commission", "party-official", "other", null, null),
  ]),
  person("Jo Chun Ryong", "KP", [...ko("Jo Chun Ryong", "Cho Chun Ryong", "Jo Chun Ryeong"), "조춘룡"], [
    office("Director of the WPK Munitions Industry Department", "party-official", "other", null, null),
  ]),
  person("Jo Yong Won", "KP", [...ko("Jo Yong Won", "Cho Yong Won", "Jo Yong Weon", "Cho Yong Weon"), "Чо Ён Вон", "조용원"], [
    office("Vice Director of the WPK Organization and Guidance Department", "party-official", "other", null, "2021-01"),
    office("Secretary of the WPK Central Committee", "party-official", "other", "2021-01", null),
  ]),
  person("Choe Ryong Hae", "KP", [
    ...ko("Choe Ryong Hae", "Choi Ryong Hae", "Choe Ryong Hai", "Choi Ryong Hai", "Choe Ryong Hae"), "Цой Рён Хэ",
    "Чхве Рён Хэ", "최룡해",
  ], [
    office("Director of the KPA General Political Bureau", "other", "minister", "2012-04-12", "2014-04-26"),
    office("Vice Chairman of the State Affairs Commission", "other", "other", "2016-06-29", "2019-04-11"),
    office("Director of the WPK Organization and Guidance Department", "party-official", "other", "2017-10", "2019-04-10"),
    office("Chairman of the Standing Committee (formerly Presidium) of the Supreme People's Assembly", "parliament-head", "parliament", "2019-04-11", null),
    office("First Vice President of the State Affairs Commission", "other", "other", "2019-04-11", null),
  ]),
  person("Kim Yong Nam", "KP", [...ko("Kim Yong Nam", "Kim Young Nam"), "Ким Ён Нам", "김영남"], [
    // Also the nominal head of state for protocol until 2019; modelled as parliament head so head-of-state stays Kim Jong Un.
    office("President of the Presidium of the Supreme People's Assembly", "parliament-head", "parliament", "1998-09-05", "2019-04-11"),
  ]),
  person("Choe Thae Bok", "KP", [...ko("Choe Thae Bok", "Choi Tae Bok", "Choe Tae Bok", "Choi Thae Bok"), "최태복"], [
    office("Chairman of the Supreme People's Assembly", "parliament-head", "parliament", "1998-09", "2019-04-11"),
  ]),
  person("Pak In Chol", "KP", [...ko("Pak In Chol", "Park In Chol", "Park In Chul", "Pak In Cheol"), "Пак Ин Чхоль", "박인철"], [
    office("Chairman of the Supreme People's Assembly", "parliament-head", "parliament", "2023-01-17", null),
  ]),
  person("Kim Song Nam", "KP", [...ko("Kim Song Nam", "Kim Sung Nam", "Kim Seong Nam"), "Ким Сон Нам", "김성남"], [
    office("Director of the International Department of the WPK Central Committee", "party-official", "other", "2021-01", null),
  ]),
  person("Ri Il Hwan", "KP", [...ko("Ri Il Hwan", "Lee Il Hwan"), "리일환", "이일환"], [
    office("Secretary of the WPK Central Committee", "party-official", "other", null, null),
  ]),
  person("Kim Kye Gwan", "KP", [...ko("Kim Kye Gwan", "Kim Kye Kwan", "Kim Gye Gwan", "Kim Gye Kwan"), "Ким Ке Гван", "김계관"], [
    office("First Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2010-09", "2019"),
    office("Adviser to the Ministry of Foreign Affairs", "other", "other", "2019", null),
  ]),
  person("Han Song Ryol", "KP", [...ko("Han Song Ryol", "Han Sung Ryol", "Han Song Ryeol"), "한성렬"], [
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", null, null),
  ]),
  person("Kim Son Gyong", "KP", [...ko("Kim Son Gyong", "Kim Son Kyong", "Kim Sun Gyong", "Kim Seon Gyeong"), "김선경"], [
    office("Vice Minister of Foreign Affairs for International Organizations", "deputy-foreign-minister", "vice", null, null),
  ]),
  person("Im Chon Il", "KP", [
    ...ko("Im Chon Il", "Rim Chon Il", "Lim Chon Il", "Im Cheon Il", "Im Chun Il"), "Им Чхон Ир", "임천일", "림천일",
  ], [
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", null, null),
  ]),
  person("Pak Myong Ho", "KP", [...ko("Pak Myong Ho", "Park Myong Ho", "Pak Myung Ho", "Park Myung Ho"), "박명호"], [
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", null, null),
  ]),
  person("Choe Hui Chol", "KP", [
    ...ko("Choe Hui Chol", "Choi Hui Chol", "Choe Hee Chol", "Choi Hee Chol", "Choi Hui Chul"), "최희철",
  ], [
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", null, null),
  ]),
  person("Kim Hyok Chol", "KP", [...ko("Kim Hyok Chol", "Kim Hyuk Chol", "Kim Hyok Cheol"), "김혁철"], [
    office("Special Representative for US Affairs", "other", "other", "2019", "2019"),
  ]),
  person("Sin Hong Chol", "KP", [
    ...ko("Sin Hong Chol", "Shin Hong Chol", "Sin Hong Cheol", "Shin Hong Cheol", "Sin Hong Chul"), "Син Хон Чхоль", "신홍철",
  ], [
    office("Ambassador to Bangladesh", "ambassador", "other", "2008", "2013", "BD"),
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2015-02", "2019"),
    // Agrément given in July 2019; took up the post in Moscow in February 2020.
    office("Ambassador to Russia", "ambassador", "other", "2020-02", null, "RU"),
  ]),
  person("Kim Hyong Jun", "KP", [...ko("Kim Hyong Jun", "Kim Hyung Jun", "Kim Hyeong Jun", "Kim Hyong Joon"), "Ким Хён Чжун", "김형준"], [
    office("Vice Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2005", "2014-08"),
    office("Ambassador to Russia", "ambassador", "other", "2014-08", "2019-05", "RU"),
  ]),
  person("Kim Yong Jae", "KP", [...ko("Kim Yong Jae", "Kim Young Jae", "Kim Yong Je"), "Ким Ён Чжэ", "김영재"], [
    office("Ambassador to Russia", "ambassador", "other", "2006", "2014-08", "RU"),
    office("Minister of External Economic Relations", "minister", "minister", "2016", null),
    office("Co-chair (DPRK side) of the DPRK–Russia Intergovernmental Commission", "commission-cochair", "minister", "2016", null),
  ]),
  person("Ri Ryong Nam", "KP", [
    ...ko("Ri Ryong Nam", "Lee Ryong Nam", "Ri Yong Nam", "Lee Yong Nam"), "Ли Рён Нам", "리룡남", "이룡남",
  ], [
    office("Minister of Foreign Trade", "minister", "minister", "2008", "2014"),
    office("Minister of External Economic Relations", "minister", "minister", "2014", "2016"),
    office("Co-chair (DPRK side) of the DPRK–Russia Intergovernmental Commission", "commission-cochair", "minister", null, "2016"),
    office("Vice Premier of the Cabinet", "minister", "minister", "2016", "2021-02"),
    office("Ambassador to China", "ambassador", "other", "2021-02", null, "CN"),
  ]),
  person("Yun Jong Ho", "KP", [...ko("Yun Jong Ho", "Yoon Jong Ho", "Yun Jung Ho"), "Юн Чжон Хо", "윤정호"], [
    office("Minister of External Economic Relations", "minister", "minister", null, null),
    office("Co-chair (DPRK side) of the DPRK–Russia Intergovernmental Commission", "commission-cochair", "minister", null, null),
  ]),
  person("Ji Jae Ryong", "KP", [...ko("Ji Jae Ryong", "Ji Jae Ryeong", "Chi Jae Ryong"), "지재룡"], [
    office("Ambassador to China", "ambassador", "other", "2010", "2021-02", "CN"),
  ]),
  person("Kim Song", "KP", ["Kim Sung", "김성"], [
    office("Permanent Representative to the United Nations", "other", "other", "2014", null),
  ]),
  person("Kim Won Hong", "KP", [...ko("Kim Won Hong", "Kim Weon Hong"), "김원홍"], [
    office("Minister of State Security", "intelligence-chief", "minister", "2012", "2017"),
  ]),
  person("Hyon Song Wol", "KP", [...ko("Hyon Song Wol", "Hyun Song Wol", "Hyon Song Weol"), "현송월"], [
    office("Vice Department Director of the WPK Central Committee", "party-official", "other", null, null),
  ]),
  person("Kim Chang Son", "KP", [...ko("Kim Chang Son", "Kim Chang Sun", "Kim Chang Seon"), "김창선"], [
    office("Head of the State Affairs Commission Secretariat", "other", "other", null, null),
  ]),
  person("Kim Jong Il", "KP", [...ko("Kim Jong Il", "Kim Jung Il"), "Ким Чен Ир", "김정일"], [
    office("Chairman of the National Defence Commission", "other", "head", "1993-04-09", "2011-12-17"),
    office("Leader of the DPRK", "head-of-state", "head", "1994-07-08", "2011-12-17"),
    office("General Secretary of the Workers' Party of Korea", "party-official", "head", "1997-10-08", "2011-12-17"),
  ]),
  person("Kim Il Sung", "KP", [...ko("Kim Il Sung"), "Ким Ир Сен", "김일성"], [
    office("Premier of the DPRK", "head-of-government", "head", "1948-09-09", "1972-12-28"),
    office("President of the DPRK", "head-of-state", "head", "1972-12-28", "1994-07-08"),
  ]),
  person("Ri Man Gon", "KP", [...ko("Ri Man Gon", "Lee Man Gon", "Ri Man Kon"), "리만건", "이만건"], [
    office("Director of the WPK Organization and Guidance Department", "party-official", "other", "2019-04", null),
  ]),
  person("So Hong Chan", "KP", [...ko("So Hong Chan", "Seo Hong Chan"), "서홍찬"], [
    office("First Vice Minister of the People's Armed Forces", "deputy-defence-minister", "vice", null, null),
  ]),
  person("Ri Kwang Gun", "KP", [...ko("Ri Kwang Gun", "Lee Kwang Gun", "Ri Kwang Kun"), "리광근", "이광근"], [
    office("Vice Minister of External Economic Relations", "deputy-minister", "vice", null, null),
  ]),
  person("Jin Jong Hyop", "KP", [...ko("Jin Jong Hyop", "Jin Jong Hyup"), "진정협"], [
    office("Chargé d'affaires ad interim of the DPRK Embassy in Russia", "other", "other", null, "2020-02"),
  ]),
  person("Jo Chol Su", "KP", [...ko("Jo Chol Su", "Cho Chol Su", "Jo Chol Soo"), "조철수"], [
    office("Director-General of the North American Department, Ministry of Foreign Affairs", "other", "other", "2019", null),
  ]),
  person("Kwon Jong Gun", "KP", [...ko("Kwon Jong Gun", "Kwon Jong Kun"), "권정근"], [
    office("Director-General of the North American Department, Ministry of Foreign Affairs", "other", "other", "2019", "2019"),
  ]),
  person("Kim Myong Gil", "KP", [...ko("Kim Myong Gil", "Kim Myung Gil", "Kim Myong Kil"), "김명길"], [
    office("Ambassador to Vietnam", "ambassador", "other", null, "2019-04", "VN"),
    office("Chief negotiator for working-level talks with the United States", "other", "other", "2019", "2019"),
  ]),
  person("Ri Sung Guk", "KP", [...ko("Ri Sung Guk", "Lee Sung Guk", "Ri Sung Kuk"), "리승국", "이승국"], [
    office("Ambassador to Vietnam", "ambassador", "other", "2024-07", null, "VN"),
  ]),
  person("Ri Kil Song", "KP", [...ko("Ri Kil Song", "Lee Kil Song", "Ri Gil Song"), "리길성", "이길성"], [
    office("Ambassador to Singapore", "ambassador", "other", "2024-07", null, "SG"),
  ]),
  person("Kim Ju Ae", "KP", [...ko("Kim Ju Ae", "Kim Joo Ae"), "Ким Чжу Э", "김주애"], []),
  person("Ri Sol Ju", "KP", [...ko("Ri Sol Ju", "Lee Sol Ju", "Ri Seol Ju"), "Ли Соль Чжу", "리설주", "이설주"], []),
];

// ---------------------------------------------------------------- Russia

const RU_PEOPLE: RegistryPerson[] = [
  person("Vladimir Putin", "RU", [
    "Vladimir Vladimirovich Putin", "Putin", "Владимир Путин", "Владимир Владимирович Путин", "Путин",
    "블라디미르 푸틴", "푸틴", "뿌찐",
  ], [
    office("President of the Russian Federation", "head-of-state", "head", "2000-05-07", "2008-05-07"),
    office("Prime Minister of the Russian Federation", "head-of-government", "head", "2008-05-08", "2012-05-07"),
    office("President of the Russian Federation", "head-of-state", "head", "2012-05-07", null),
  ]),
  person("Dmitry Medvedev", "RU", [
    "Dmitri Medvedev", "Dmitriy Medvedev", "Medvedev", "Дмитрий Медведев", "Медведев", "드미트리 메드베데프", "메드베데프",
  ], [
    office("President of the Russian Federation", "head-of-state", "head", "2008-05-07", "2012-05-07"),
    office("Prime Minister of the Russian Federation", "head-of-government", "head", "2012-05-08", "2020-01-16"),
    office("Deputy Chairman of the Security Council", "other", "other", "2020-01-16", null),
    office("Chairman of United Russia", "party-official", "other", "2012-05-26", null),
  ]),
  person("Mikhail Mishustin", "RU", ["Mishustin", "Михаил Мишустин", "Мишустин", "미하일 미슈스틴", "미슈스틴"], [
    office("Head of the Federal Tax Service", "other", "other", "2010-04-06", "2020-01-16"),
    office("Prime Minister of the Russian Federation", "head-of-government", "head", "2020-01-16", null),
  ]),
  person("Mikhail Fradkov", "RU", ["Михаил Фрадков"], [
    office("Prime Minister of the Russian Federation", "head-of-government", "head", "2004-03-05", "2007-09-14"),
    office("Director of the Foreign Intelligence Service (SVR)", "intelligence-chief", "minister", "2007-10-09", "2016-10-05"),
  ]),
  person("Sergey Lavrov", "RU", [
    "Sergei Lavrov", "Sergey Viktorovich Lavrov", "Lavrov", "Сергей Лавров", "Лавров", "세르게이 라브로프", "라브로프",
  ], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2004-03-09", null),
  ]),
  person("Sergei Shoigu", "RU", [
    "Sergey Shoigu", "Sergei Shoygu", "Sergey Shoygu", "Shoigu", "Shoygu", "Сергей Шойгу", "Шойгу", "세르게이 쇼이구", "쇼이구",
  ], [
    office("Minister of Defence", "defence-minister", "minister", "2012-11-06", "2024-05-14"),
    office("Secretary of the Security Council", "security-council-secretary", "minister", "2024-05-12", null),
  ]),
  person("Andrei Belousov", "RU", [
    "Andrey Belousov", "Belousov", "Андрей Белоусов", "Белоусов", "안드레이 벨로우소프", "벨로우소프",
  ], [
    office("Minister of Economic Development", "minister", "minister", RU_GOV_2012, "2013-06-24"),
    office("Aide to the President (economic affairs)", "other", "other", "2013-06-24", RU_GOV_2020),
    office("First Deputy Prime Minister", "minister", "minister", RU_GOV_2020, RU_GOV_2024),
    office("Minister of Defence", "defence-minister", "minister", RU_GOV_2024, null),
  ]),
  person("Nikolai Patrushev", "RU", ["Nikolay Patrushev", "Николай Патрушев", "니콜라이 파트루셰프"], [
    office("Director of the Federal Security Service (FSB)", "intelligence-chief", "minister", "1999-08-09", "2008-05-12"),
    office("Secretary of the Security Council", "security-council-secretary", "minister", "2008-05-12", "2024-05-12"),
    office("Aide to the President", "other", "other", RU_GOV_2024, null),
  ]),
  person("Sergei Naryshkin", "RU", ["Sergey Naryshkin", "Naryshkin", "Сергей Нарышкин", "Нарышкин", "세르게이 나리시킨"], [
    office("Chairman of the State Duma", "parliament-head", "parliament", "2011-12-21", "2016-10-05"),
    office("Director of the Foreign Intelligence Service (SVR)", "intelligence-chief", "minister", "2016-10-05", null),
  ]),
  person("Alexander Bortnikov", "RU", [
    "Aleksandr Bortnikov", "Alexandr Bortnikov", "Bortnikov", "Александр Бортников", "Бортников",
  ], [
    office("Director of the Federal Security Service (FSB)", "intelligence-chief", "minister", "2008-05-12", null),
  ]),
  person("Igor Korobov", "RU", ["Игорь Коробов"], [
    office("Head of the Main Directorate of the General Staff (GRU)", "intelligence-chief", "minister", "2016-02", "2018-11"),
  ]),
  person("Igor Kostyukov", "RU", ["Игорь Костюков"], [
    office("Head of the Main Directorate of the General Staff (GRU)", "intelligence-chief", "minister", "2018-11", null),
  ]),
  person("Valery Gerasimov", "RU", [
    "Valeriy Gerasimov", "Valeri Gerasimov", "Gerasimov", "Валерий Герасимов", "Герасимов", "발레리 게라시모프",
  ], [
    office("Chief of the General Staff of the Armed Forces", "military-chief", "minister", "2012-11-09", null),
    office("First Deputy Minister of Defence", "deputy-defence-minister", "vice", "2012-11-09", null),
  ]),
  person("Yunus-Bek Yevkurov", "RU", ["Yunus-bek Yevkurov", "Yunus-Bek Evkurov", "Yunusbek Yevkurov", "Юнус-Бек Евкуров"], [
    office("Head of the Republic of Ingushetia", "regional-governor", "other", "2008-10-31", "2019-06-26"),
    office("Deputy Minister of Defence", "deputy-defence-minister", "vice", "2019-07", null),
  ]),
  person("Yuri Borisov", "RU", ["Yury Borisov", "Yuriy Borisov", "Юрий Борисов"], [
    office("Deputy Minister of Defence", "deputy-defence-minister", "vice", "2012-11", RU_GOV_2018),
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2018, "2022-07-15"),
    office("Director General of Roscosmos", "other", "minister", "2022-07-15", "2025-02-06"),
  ]),
  person("Dmitry Rogozin", "RU", ["Dmitri Rogozin", "Дмитрий Рогозин"], [
    office("Deputy Prime Minister", "minister", "minister", "2011-12-23", "2018-05-07"),
    office("Director General of Roscosmos", "other", "minister", "2018-05-24", "2022-07-15"),
  ]),
  person("Dmitry Bakanov", "RU", ["Dmitri Bakanov", "Дмитрий Баканов"], [
    office("Director General of Roscosmos", "other", "minister", "2025-02-06", null),
  ]),
  person("Dmitry Shugaev", "RU", ["Dmitri Shugaev", "Dmitry Shugayev", "Дмитрий Шугаев"], [
    office("Director of the Federal Service for Military-Technical Cooperation", "other", "other", "2017", null),
  ]),
  person("Vyacheslav Volodin", "RU", ["Volodin", "Wjatscheslav Wolodin", "Byacheslav Wolodin", "Wolodin", "Вячеслав Володин", "Володин", "뱌체슬라프 볼로딘"], [
    office("First Deputy Chief of the Presidential Administration", "other", "other", "2011-12-27", "2016-10-05"),
    office("Chairman of the State Duma", "parliament-head", "parliament", "2016-10-05", null),
  ]),
  person("Valentina Matviyenko", "RU", [
    "Valentina Matvienko", "Matviyenko", "Matvienko", "Валентина Матвиенко", "Матвиенко", "발렌티나 마트비옌코",
  ], [
    office("Chairwoman of the Federation Council", "parliament-head", "parliament", "2011-09-21", null),
  ]),
  person("Leonid Slutsky", "RU", ["Leonid Slutskiy", "Леонид Слуцкий"], [
    office("Chairman of the State Duma Committee on International Affairs", "other", "parliament", "2016-10-05", null),
    office("Chairman of the Liberal Democratic Party of Russia", "party-official", "other", "2022-05-27", null),
  ]),
  person("Alexander Timonin", "RU", ["Aleksandr Timonin", "Alexandr Timonin", "Александр Тимонин", "알렉산드르 티모닌"], [
    office("Ambassador to the DPRK", "ambassador", "other", "2012-05", "2014-12", "KP"),
    office("Ambassador to the Republic of Korea", "ambassador", "other", "2014-12", "2018", "KR"),
  ]),
  person("Alexander Matsegora", "RU", [
    "Aleksandr Matsegora", "Alexandr Matsegora", "Matsegora", "Александр Мацегора", "Мацегора", "알렉산드르 마체고라", "마체고라",
  ], [
    office("Deputy Director of the First Asian Department, Ministry of Foreign Affairs", "other", "other", "2011-09", "2014-12"),
    // Died in office on 6 December 2025; no successor had been named by March 2026.
    office("Ambassador to the DPRK", "ambassador", "other", "2014-12", "2025-12-06", "KP"),
  ]),
  person("Andrei Rudenko", "RU", ["Andrey Rudenko", "Андрей Руденко", "안드레이 루덴코"], [
    office("Director of the Second CIS Department, Ministry of Foreign Affairs", "other", "other", "2016-03", "2019-09"),
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2019-09", null),
  ]),
  person("Igor Morgulov", "RU", ["Morgulov", "Игорь Моргулов", "이고리 모르굴로프"], [
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2011", "2022"),
    office("Ambassador to China", "ambassador", "other", "2022", null, "CN"),
  ]),
  person("Sergey Ryabkov", "RU", ["Sergei Ryabkov", "Ryabkov", "Сергей Рябков"], [
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2008", null),
  ]),
  person("Alexander Grushko", "RU", ["Aleksandr Grushko", "Alexandr Grushko", "Александр Грушко"], [
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2018-01", null),
  ]),
  person("Sergey Vershinin", "RU", ["Sergei Vershinin", "Сергей Вершинин"], [
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", null, null),
  ]),
  person("Mikhail Galuzin", "RU", ["Михаил Галузин"], [
    office("Ambassador to Japan", "ambassador", "other", "2018", "2022", "JP"),
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2022-12", null),
  ]),
  person("Vassily Nebenzia", "RU", [
    "Vasily Nebenzia", "Vasily Nebenzya", "Vassily Nebenzya", "Nebenzia", "Nebenzya", "Василий Небензя", "Небензя",
  ], [
    office("Deputy Minister of Foreign Affairs", "deputy-foreign-minister", "vice", "2013", "2017"),
    office("Permanent Representative to the United Nations", "other", "other", "2017-07-27", null),
  ]),
  person("Vitaly Churkin", "RU", ["Vitaliy Churkin", "Виталий Чуркин"], [
    office("Permanent Representative to the United Nations", "other", "other", "2006-04-08", "2017-02-20"),
  ]),
  person("Yuri Ushakov", "RU", ["Yury Ushakov", "Yuriy Ushakov", "Юрий Ушаков"], [
    office("Aide to the President (foreign policy)", "other", "other", "2012-05", null),
  ]),
  person("Dmitry Peskov", "RU", [
    "Dmitri Peskov", "Dmitriy Peskov", "Peskov", "Дмитрий Песков", "Песков", "드미트리 페스코프", "페스코프",
  ], [
    office("Press Secretary of the President", "other", "other", "2012-05", null),
  ]),
  person("Maria Zakharova", "RU", ["Mariya Zakharova", "Zakharova", "Мария Захарова", "Захарова", "마리야 자하로바", "자하로바"], [
    office("Director of the Information and Press Department (spokeswoman), Ministry of Foreign Affairs", "other", "other", "2015-08-10", null),
  ]),
  person("Anton Vaino", "RU", ["Anton Vayno", "Антон Вайно"], [
    office("Chief of Staff of the Presidential Executive Office", "other", "other", "2016-08-12", null),
  ]),
  person("Sergei Kiriyenko", "RU", ["Sergey Kiriyenko", "Sergei Kirienko", "Sergey Kirienko", "Сергей Кириенко"], [
    office("First Deputy Chief of Staff of the Presidential Executive Office", "other", "other", "2016-10-05", null),
  ]),
  person("Igor Ivanov", "RU", ["Igor Sergeyevich Ivanov", "Igor Sergeevich Ivanov", "Игорь Иванов"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "1998-09-11", "2004-03-09"),
    office("Secretary of the Security Council", "security-council-secretary", "minister", "2004-03", "2007-07"),
  ]),
  person("Konstantin Pulikovsky", "RU", ["Konstantin Pulikovskiy", "Pulikovsky", "Константин Пуликовский", "Пуликовский"], [
    office("Presidential Envoy to the Far Eastern Federal District", "other", "other", "2000-05", "2005-11"),
  ]),
  person("Viktor Ishayev", "RU", ["Viktor Ishaev", "Ishayev", "Ishaev", "Виктор Ишаев", "Ишаев"], [
    office("Governor of Khabarovsk Krai", "regional-governor", "other", "1991", "2009-04"),
    office("Presidential Envoy to the Far Eastern Federal District", "other", "other", "2009-04", "2013-08"),
    office("Minister for the Development of the Russian Far East", "minister", "minister", "2012-05", "2013-08"),
  ]),
  person("Yuri Trutnev", "RU", ["Yury Trutnev", "Yuriy Trutnev", "Trutnev", "Юрий Трутнев", "Трутнев"], [
    office("Deputy Prime Minister and Presidential Envoy to the Far Eastern Federal District", "minister", "minister", "2013-08-31", null),
  ]),
  person("Alexander Galushka", "RU", ["Aleksandr Galushka", "Alexandr Galushka", "Александр Галушка"], [
    office("Minister for the Development of the Russian Far East", "minister", "minister", "2013-09-11", RU_GOV_2018),
    office("Co-chair (Russian side) of the Russia–DPRK Intergovernmental Commission", "commission-cochair", "minister", null, "2018-05"),
  ]),
  person("Alexander Kozlov", "RU", ["Aleksandr Kozlov", "Alexandr Kozlov", "Александр Козлов", "알렉산드르 코즐로프"], [
    office("Governor of Amur Oblast", "regional-governor", "other", "2015", RU_GOV_2018),
    office("Minister for the Development of the Russian Far East and Arctic", "minister", "minister", RU_GOV_2018, RU_RESHUFFLE_2020),
    office("Minister of Natural Resources and Environment", "minister", "minister", RU_RESHUFFLE_2020, null),
    office("Co-chair (Russian side) of the Russia–DPRK Intergovernmental Commission", "commission-cochair", "minister", "2018", null),
  ]),
  person("Alexei Chekunkov", "RU", ["Alexey Chekunkov", "Aleksei Chekunkov", "Алексей Чекунков"], [
    office("Minister for the Development of the Russian Far East and Arctic", "minister", "minister", RU_RESHUFFLE_2020, null),
  ]),
  person("Oleg Kozhemyako", "RU", ["Kozhemyako", "Олег Кожемяко", "Кожемяко", "올레그 코제먀코"], [
    office("Governor of Amur Oblast", "regional-governor", "other", "2008", "2015-03"),
    office("Governor of Sakhalin Oblast", "regional-governor", "other", "2015-03", "2018-10"),
    office("Governor of Primorsky Krai", "regional-governor", "other", "2018-10", null),
  ]),
  person("Andrei Tarasenko", "RU", ["Andrey Tarasenko", "Андрей Тарасенко"], [
    office("Acting Governor of Primorsky Krai", "regional-governor", "other", "2017-10-04", "2018-10"),
  ]),
  person("Vladimir Miklushevsky", "RU", ["Владимир Миклушевский"], [
    office("Governor of Primorsky Krai", "regional-governor", "other", "2012-02-28", "2017-10-04"),
  ]),
  person("Mikhail Degtyarev", "RU", ["Mikhail Degtyaryov", "Михаил Дегтярёв", "Михаил Дегтярев"], [
    office("Governor of Khabarovsk Krai", "regional-governor", "other", "2020-07-20", RU_GOV_2024),
    office("Minister of Sport", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Olga Lyubimova", "RU", ["Lyubimova", "Ольга Любимова", "올가 류비모바"], [
    office("Minister of Culture", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Vladimir Medinsky", "RU", ["Владимир Мединский"], [
    office("Minister of Culture", "minister", "minister", RU_GOV_2012, RU_GOV_2020),
    office("Aide to the President", "other", "other", "2020-01", null),
  ]),
  person("Mikhail Murashko", "RU", ["Murashko", "Михаил Мурашко"], [
    office("Minister of Health", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Veronika Skvortsova", "RU", ["Вероника Скворцова"], [
    office("Minister of Health", "minister", "minister", RU_GOV_2012, RU_GOV_2020),
    office("Head of the Federal Medical-Biological Agency", "other", "other", "2020-01", null),
  ]),
  person("Sergey Kravtsov", "RU", ["Sergei Kravtsov", "Сергей Кравцов"], [
    office("Minister of Education", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Olga Vasilyeva", "RU", ["Olga Vasilieva", "Ольга Васильева"], [
    office("Minister of Education and Science", "minister", "minister", "2016-08-19", RU_GOV_2018),
    office("Minister of Education", "minister", "minister", RU_GOV_2018, RU_GOV_2020),
  ]),
  person("Valery Falkov", "RU", ["Valeriy Falkov", "Валерий Фальков"], [
    office("Minister of Science and Higher Education", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Mikhail Kotyukov", "RU", ["Михаил Котюков"], [
    office("Minister of Science and Higher Education", "minister", "minister", RU_GOV_2018, RU_GOV_2020),
  ]),
  person("Oleg Matytsin", "RU", ["Олег Матыцин"], [
    office("Minister of Sport", "minister", "minister", RU_GOV_2020, RU_GOV_2024),
  ]),
  person("Pavel Kolobkov", "RU", ["Павел Колобков"], [
    office("Minister of Sport", "minister", "minister", "2016-10-19", RU_GOV_2020),
  ]),
  person("Vitaly Savelyev", "RU", ["Vitaliy Savelyev", "Vitaly Saveliev", "Виталий Савельев"], [
    office("Chief Executive of Aeroflot", "other", "other", "2009", "2020-11"),
    office("Minister of Transport", "minister", "minister", RU_RESHUFFLE_2020, RU_GOV_2024),
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Maxim Sokolov", "RU", ["Maksim Sokolov", "Максим Соколов"], [
    office("Minister of Transport", "minister", "minister", RU_GOV_2012, RU_GOV_2018),
  ]),
  person("Evgeny Ditrikh", "RU", ["Yevgeny Ditrikh", "Evgeny Dietrich", "Yevgeny Dietrich", "Евгений Дитрих"], [
    office("Minister of Transport", "minister", "minister", RU_GOV_2018, RU_RESHUFFLE_2020),
  ]),
  person("Roman Starovoit", "RU", ["Роман Старовойт"], [
    office("Governor of Kursk Oblast", "regional-governor", "other", "2019-10", RU_GOV_2024),
    office("Minister of Transport", "minister", "minister", RU_GOV_2024, "2025-07-07"),
  ]),
  person("Andrei Nikitin", "RU", ["Andrey Nikitin", "Андрей Никитин"], [
    office("Minister of Transport", "minister", "minister", "2025-07", null),
  ]),
  person("Alexander Novak", "RU", ["Aleksandr Novak", "Alexandr Novak", "Александр Новак", "알렉산드르 노박"], [
    office("Minister of Energy", "minister", "minister", RU_GOV_2012, RU_RESHUFFLE_2020),
    office("Deputy Prime Minister", "minister", "minister", RU_RESHUFFLE_2020, null),
  ]),
  person("Nikolai Shulginov", "RU", ["Nikolay Shulginov", "Николай Шульгинов"], [
    office("Minister of Energy", "minister", "minister", RU_RESHUFFLE_2020, RU_GOV_2024),
  ]),
  person("Sergey Tsivilev", "RU", ["Sergei Tsivilev", "Сергей Цивилев", "Сергей Цивилёв"], [
    office("Governor of Kemerovo Oblast", "regional-governor", "other", "2018-04", RU_GOV_2024),
    office("Minister of Energy", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Maxim Reshetnikov", "RU", ["Maksim Reshetnikov", "Максим Решетников"], [
    office("Minister of Economic Development", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Maxim Oreshkin", "RU", ["Maksim Oreshkin", "Максим Орешкин"], [
    office("Minister of Economic Development", "minister", "minister", "2016-11-30", RU_GOV_2020),
    office("Aide to the President", "other", "other", "2020-01", null),
  ]),
  person("Alexei Ulyukayev", "RU", ["Alexey Ulyukayev", "Alexei Ulyukaev", "Алексей Улюкаев"], [
    office("Minister of Economic Development", "minister", "minister", "2013-06-24", "2016-11-15"),
  ]),
  person("Denis Manturov", "RU", ["Денис Мантуров"], [
    office("Minister of Industry and Trade", "minister", "minister", RU_GOV_2012, RU_GOV_2024),
    office("Deputy Prime Minister", "minister", "minister", "2022-07-15", RU_GOV_2024),
    office("First Deputy Prime Minister", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Anton Alikhanov", "RU", ["Антон Алиханов"], [
    office("Minister of Industry and Trade", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Anton Siluanov", "RU", ["Антон Силуанов"], [
    office("Minister of Finance", "minister", "minister", "2011-09-24", null),
  ]),
  person("Vladimir Kolokoltsev", "RU", ["Vladimir Kolokol'tsev", "Владимир Колокольцев"], [
    office("Minister of Internal Affairs", "minister", "minister", RU_GOV_2012, null),
  ]),
  person("Dmitry Patrushev", "RU", ["Dmitri Patrushev", "Дмитрий Патрушев"], [
    office("Minister of Agriculture", "minister", "minister", RU_GOV_2018, RU_GOV_2024),
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Oksana Lut", "RU", ["Оксана Лут"], [
    office("Minister of Agriculture", "minister", "minister", RU_GOV_2024, null),
  ]),
  person("Alexander Tkachev", "RU", ["Aleksandr Tkachev", "Alexander Tkachyov", "Александр Ткачёв", "Александр Ткачев"], [
    office("Minister of Agriculture", "minister", "minister", "2015-04-22", RU_GOV_2018),
  ]),
  person("Sergey Donskoy", "RU", ["Sergei Donskoy", "Сергей Донской"], [
    office("Minister of Natural Resources and Environment", "minister", "minister", RU_GOV_2012, RU_GOV_2018),
  ]),
  person("Dmitry Kobylkin", "RU", ["Dmitri Kobylkin", "Дмитрий Кобылкин"], [
    office("Minister of Natural Resources and Environment", "minister", "minister", RU_GOV_2018, RU_RESHUFFLE_2020),
  ]),
  person("Vladimir Puchkov", "RU", ["Владимир Пучков"], [
    office("Minister of Emergency Situations", "minister", "minister", "2012-05", RU_GOV_2018),
  ]),
  person("Yevgeny Zinichev", "RU", ["Evgeny Zinichev", "Евгений Зиничев"], [
    office("Minister of Emergency Situations", "minister", "minister", RU_GOV_2018, "2021-09-08"),
  ]),
  person("Alexander Kurenkov", "RU", ["Aleksandr Kurenkov", "Alexandr Kurenkov", "Александр Куренков"], [
    office("Minister of Emergency Situations", "minister", "minister", "2022-05", null),
  ]),
  person("Tatyana Golikova", "RU", ["Tatiana Golikova", "Татьяна Голикова"], [
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2018, null),
  ]),
  person("Alexei Overchuk", "RU", ["Alexey Overchuk", "Aleksei Overchuk", "Алексей Оверчук"], [
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Marat Khusnullin", "RU", ["Марат Хуснуллин"], [
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Dmitry Chernyshenko", "RU", ["Dmitri Chernyshenko", "Дмитрий Чернышенко"], [
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Viktoria Abramchenko", "RU", ["Victoria Abramchenko", "Виктория Абрамченко"], [
    office("Deputy Prime Minister", "minister", "minister", RU_GOV_2020, RU_GOV_2024),
  ]),
  person("Ruslan Tsalikov", "RU", ["Руслан Цаликов"], [
    office("First Deputy Minister of Defence", "deputy-defence-minister", "vice", "2015-12", "2024-05"),
  ]),
  person("Timur Ivanov", "RU", ["Тимур Иванов"], [
    office("Deputy Minister of Defence", "deputy-defence-minister", "vice", "2016-05", "2024-04"),
  ]),
  person("Leonid Gornin", "RU", ["Леонид Горнин"], [
    office("First Deputy Minister of Defence", "deputy-defence-minister", "vice", "2024-05", null),
  ]),
  person("Pavel Fradkov", "RU", ["Павел Фрадков"], [
    office("Deputy Minister of Defence", "deputy-defence-minister", "vice", "2024-05", null),
  ]),
  person("Oleg Savelyev", "RU", ["Oleg Saveliev", "Олег Савельев"], [
    office("Deputy Minister of Defence", "deputy-defence-minister", "vice", "2024-05", null),
  ]),
  person("Anna Tsivileva", "RU", ["Анна Цивилёва", "Анна Цивилева"], [
    office("Deputy Minister of Defence", "deputy-defence-minister", "vice", "2024-06", null),
  ]),
  person("Viktor Zolotov", "RU", ["Victor Zolotov", "Виктор Золотов"], [
    office("Director of the National Guard (Rosgvardiya)", "other", "minister", "2016-04-05", null),
  ]),
  person("Sergey Chemezov", "RU", ["Sergei Chemezov", "Сергей Чемезов"], [
    office("Chief Executive of Rostec", "other", "other", "2007", null),
  ]),
  person("Alexander Mikheev", "RU", ["Aleksandr Mikheev", "Alexander Mikheyev", "Александр Михеев"], [
    office("Director General of Rosoboronexport", "other", "other", "2017", null),
  ]),
  person("Andrey Denisov", "RU", ["Andrei Denisov", "Андрей Денисов"], [
    office("Ambassador to China", "ambassador", "other", "2013", "2022", "CN"),
  ]),
  person("Grigory Karasin", "RU", ["Grigori Karasin", "Григорий Карасин"], [
    office("Deputy Minister of Foreign Affairs (State Secretary)", "deputy-foreign-minister", "vice", "2005", "2019-09"),
    office("Chairman of the Federation Council Committee on International Affairs", "other", "parliament", "2020-09", null),
  ]),
  person("Konstantin Kosachev", "RU", ["Константин Косачёв", "Константин Косачев"], [
    office("Chairman of the Federation Council Committee on International Affairs", "other", "parliament", "2014", "2020-09"),
    office("Deputy Chairman of the Federation Council", "parliament-deputy-head", "parliament", "2020-09", null),
  ]),
  person("Pyotr Tolstoy", "RU", ["Petr Tolstoy", "Piotr Tolstoy", "Пётр Толстой", "Петр Толстой"], [
    office("Deputy Chairman of the State Duma", "parliament-deputy-head", "parliament", "2016-10-05", null),
  ]),
  person("Andrei Kartapolov", "RU", ["Andrey Kartapolov", "Андрей Картаполов"], [
    office("Chairman of the State Duma Defence Committee", "other", "parliament", "2021-10", null),
  ]),
  person("Gennady Zyuganov", "RU", ["Gennadiy Zyuganov", "Gennadi Zyuganov", "Zyuganov", "Геннадий Зюганов", "Зюганов"], [
    office("Chairman of the Communist Party of the Russian Federation", "party-official", "other", "1993", null),
  ]),
  person("Vladimir Zhirinovsky", "RU", ["Zhirinovsky", "Владимир Жириновский", "Жириновский"], [
    office("Chairman of the Liberal Democratic Party of Russia", "party-official", "other", "1991", "2022-04-06"),
  ]),
  person("Konstantin Chuychenko", "RU", ["Konstantin Chuichenko", "Константин Чуйченко"], [
    office("Minister of Justice", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Maksut Shadayev", "RU", ["Maksut Shadaev", "Максут Шадаев"], [
    office("Minister of Digital Development, Communications and Mass Media", "minister", "minister", RU_GOV_2020, null),
  ]),
  person("Oleg Belozyorov", "RU", ["Oleg Belozerov", "Олег Белозёров", "Олег Белозеров"], [
    office("Chief Executive of Russian Railways", "other", "other", "2015-08-20", null),
  ]),
  person("Alexei Likhachev", "RU", ["Alexey Likhachev", "Alexei Likhachyov", "Алексей Лихачёв", "Алексей Лихачев"], [
    office("Director General of Rosatom", "other", "other", "2016-10-05", null),
  ]),
];

// ---------------------------------------------------------------- others often mentioned in the same articles

const OTHER_PEOPLE: RegistryPerson[] = [
  // China
  person("Jiang Zemin", "CN", ["江泽民", "Цзян Цзэминь", "장쩌민"], [
    office("President of the People's Republic of China", "head-of-state", "head", "1993-03-27", "2003-03-15"),
  ]),
  person("Hu Jintao", "CN", ["胡锦涛", "Ху Цзиньтао", "후진타오"], [
    office("President of the People's Republic of China", "head-of-state", "head", "2003-03-15", "2013-03-14"),
  ]),
  person("Xi Jinping", "CN", ["Xi", "Xi Jin-ping", "习近平", "Си Цзиньпин", "시진핑", "습근평"], [
    office("General Secretary of the Chinese Communist Party", "party-official", "head", "2012-11-15", null),
    office("President of the People's Republic of China", "head-of-state", "head", "2013-03-14", null),
  ]),
  person("Li Keqiang", "CN", ["李克强", "Ли Кэцян", "리커창"], [
    office("Premier of the State Council", "head-of-government", "head", "2013-03-15", "2023-03-11"),
  ]),
  person("Li Qiang", "CN", ["李强", "Ли Цян", "리창"], [
    office("Premier of the State Council", "head-of-government", "head", "2023-03-11", null),
  ]),
  person("Wang Yi", "CN", ["王毅", "Ван И", "왕이"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2013-03-16", "2022-12-30"),
    office("Director of the Office of the Central Foreign Affairs Commission", "party-official", "other", "2023-01", null),
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2023-07-25", null),
  ]),
  person("Qin Gang", "CN", ["秦刚", "Цинь Ган", "친강"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2022-12-30", "2023-07-25"),
  ]),
  person("Li Zhanshu", "CN", ["栗战书", "Ли Чжаньшу", "리잔수"], [
    office("Chairman of the NPC Standing Committee", "parliament-head", "parliament", "2018-03-17", "2023-03-10"),
  ]),
  person("Zhao Leji", "CN", ["赵乐际", "Чжао Лэцзи", "자오러지"], [
    office("Chairman of the NPC Standing Committee", "parliament-head", "parliament", "2023-03-10", null),
  ]),
  person("Wei Fenghe", "CN", ["魏凤和", "웨이펑허"], [
    office("Minister of National Defence", "defence-minister", "minister", "2018-03-19", "2023-03-12"),
  ]),
  person("Li Shangfu", "CN", ["李尚福", "리상푸"], [
    office("Minister of National Defence", "defence-minister", "minister", "2023-03-12", "2023-10-24"),
  ]),
  person("Dong Jun", "CN", ["董军", "둥쥔"], [
    office("Minister of National Defence", "defence-minister", "minister", "2023-12-29", null),
  ]),
  // United States
  person("Bill Clinton", "US", ["William J. Clinton", "Билл Клинтон", "빌 클린턴"], [
    office("President of the United States", "head-of-state", "head", "1993-01-20", "2001-01-20"),
  ]),
  person("George W. Bush", "US", ["George W Bush", "Джордж Буш-младший", "조지 W. 부시"], [
    office("President of the United States", "head-of-state", "head", "2001-01-20", "2009-01-20"),
  ]),
  person("Barack Obama", "US", ["Obama", "Барак Обама", "버락 오바마", "오바마"], [
    office("President of the United States", "head-of-state", "head", "2009-01-20", "2017-01-20"),
  ]),
  person("Donald Trump", "US", ["Donald J. Trump", "Trump", "Дональд Трамп", "Трамп", "도널드 트럼프", "트럼프"], [
    office("President of the United States", "head-of-state", "head", "2017-01-20", "2021-01-20"),
    office("President of the United States", "head-of-state", "head", "2025-01-20", null),
  ]),
  person("Joe Biden", "US", ["Joseph Biden", "Joseph R. Biden", "Biden", "Джо Байден", "Байден", "조 바이든", "바이든"], [
    office("Vice President of the United States", "other", "other", "2009-01-20", "2017-01-20"),
    office("President of the United States", "head-of-state", "head", "2021-01-20", "2025-01-20"),
  ]),
  person("JD Vance", "US", ["J.D. Vance", "James David Vance"], [
    office("Vice President of the United States", "other", "other", "2025-01-20", null),
  ]),
  person("John Kerry", "US", ["Джон Керри"], [
    office("Secretary of State", "foreign-minister", "minister", "2013-02-01", "2017-01-20"),
  ]),
  person("Rex Tillerson", "US", ["Рекс Тиллерсон"], [
    office("Secretary of State", "foreign-minister", "minister", "2017-02-01", "2018-03-31"),
  ]),
  person("Mike Pompeo", "US", ["Michael Pompeo", "Майк Помпео", "마이크 폼페이오", "폼페이오"], [
    office("Director of the Central Intelligence Agency", "intelligence-chief", "minister", "2017-01-23", "2018-04-26"),
    office("Secretary of State", "foreign-minister", "minister", "2018-04-26", "2021-01-20"),
  ]),
  person("Antony Blinken", "US", ["Anthony Blinken", "Энтони Блинкен", "토니 블링컨", "블링컨"], [
    office("Secretary of State", "foreign-minister", "minister", "2021-01-26", "2025-01-20"),
  ]),
  person("Marco Rubio", "US", ["Марко Рубио", "마코 루비오"], [
    office("Secretary of State", "foreign-minister", "minister", "2025-01-21", null),
  ]),
  person("Jim Mattis", "US", ["James Mattis", "Джеймс Мэттис"], [
    office("Secretary of Defense", "defence-minister", "minister", "2017-01-20", "2019-01-01"),
  ]),
  person("Mark Esper", "US", ["Марк Эспер"], [
    office("Secretary of Defense", "defence-minister", "minister", "2019-07-23", "2020-11-09"),
  ]),
  person("Lloyd Austin", "US", ["Ллойд Остин"], [
    office("Secretary of Defense", "defence-minister", "minister", "2021-01-22", "2025-01-20"),
  ]),
  person("Pete Hegseth", "US", ["Пит Хегсет"], [
    office("Secretary of Defense", "defence-minister", "minister", "2025-01-25", null),
  ]),
  person("John Bolton", "US", ["Джон Болтон"], [
    office("National Security Advisor", "other", "other", "2018-04-09", "2019-09-10"),
  ]),
  person("Stephen Biegun", "US", ["Steve Biegun", "Стивен Бигун", "스티븐 비건"], [
    office("Special Representative for North Korea", "other", "other", "2018-08", "2021-01-20"),
    office("Deputy Secretary of State", "deputy-foreign-minister", "vice", "2019-12-21", "2021-01-20"),
  ]),
  person("Steve Witkoff", "US", ["Steven Witkoff", "Стивен Уиткофф", "Стив Уиткофф"], [
    office("Special Envoy of the President", "other", "other", "2025-01-20", null),
  ]),
  // South Korea
  person("Kim Dae-jung", "KR", ["Kim Dae Jung", "Kim Dae-Jung", "김대중", "Ким Дэ Чжун"], [
    office("President of the Republic of Korea", "head-of-state", "head", "1998-02-25", "2003-02-24"),
  ]),
  person("Roh Moo-hyun", "KR", ["Roh Moo Hyun", "Roh Moo-Hyun", "노무현", "Но Му Хён"], [
    office("President of the Republic of Korea", "head-of-state", "head", "2003-02-25", "2008-02-24"),
  ]),
  person("Lee Myung-bak", "KR", ["Lee Myung Bak", "Lee Myung-Bak", "이명박", "Ли Мён Бак"], [
    office("President of the Republic of Korea", "head-of-state", "head", "2008-02-25", "2013-02-24"),
  ]),
  person("Park Geun-hye", "KR", ["Park Geun Hye", "Park Geun-Hye", "박근혜", "Пак Кын Хе"], [
    office("President of the Republic of Korea", "head-of-state", "head", "2013-02-25", "2017-03-10"),
  ]),
  person("Moon Jae-in", "KR", ["Moon Jae In", "Moon Jae-In", "문재인", "Мун Чжэ Ин"], [
    office("President of the Republic of Korea", "head-of-state", "head", "2017-05-10", "2022-05-09"),
  ]),
  person("Yoon Suk Yeol", "KR", ["Yoon Suk-yeol", "Yoon Suk-Yeol", "Yoon Seok-yeol", "Yun Suk Yeol", "윤석열", "Юн Сок Ёль"], [
    // Suspended from duty after impeachment on 14 December 2024; removed from office on 4 April 2025.
    office("President of the Republic of Korea", "head-of-state", "head", "2022-05-10", "2025-04-04"),
  ]),
  person("Lee Jae-myung", "KR", ["Lee Jae Myung", "Lee Jae-Myung", "이재명", "Ли Чжэ Мён"], [
    office("President of the Republic of Korea", "head-of-state", "head", "2025-06-04", null),
  ]),
  person("Han Duck-soo", "KR", ["Han Duck Soo", "Han Duck-Soo", "한덕수", "Хан Док Су"], [
    office("Prime Minister of the Republic of Korea", "head-of-government", "head", "2022-05-21", "2025-05-01"),
  ]),
  person("Kang Kyung-wha", "KR", ["Kang Kyung Wha", "Kang Kyung-Wha", "강경화"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2017-06-18", "2021-02-08"),
  ]),
  person("Chung Eui-yong", "KR", ["Chung Eui Yong", "Chung Eui-Yong", "정의용"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2021-02-09", "2022-05"),
  ]),
  person("Park Jin", "KR", ["박진"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2022-05", "2024-01"),
  ]),
  person("Cho Tae-yul", "KR", ["Cho Tae Yul", "Cho Tae-Yul", "조태열"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2024-01", "2025"),
  ]),
  person("Cho Hyun", "KR", ["조현"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2025-07", null),
  ]),
  person("Shin Won-sik", "KR", ["Shin Won Sik", "Shin Won-Sik", "신원식"], [
    office("Minister of National Defense", "defence-minister", "minister", "2023-10", "2024-09"),
  ]),
  person("Kim Yong-hyun", "KR", ["Kim Yong Hyun", "Kim Yong-Hyun", "김용현"], [
    office("Minister of National Defense", "defence-minister", "minister", "2024-09", "2024-12"),
  ]),
  // Japan
  person("Junichiro Koizumi", "JP", ["Koizumi Junichiro", "Jun'ichiro Koizumi", "Koizumi", "Дзюнъитиро Коидзуми", "고이즈미 준이치로"], [
    office("Prime Minister of Japan", "head-of-government", "head", "2001-04-26", "2006-09-26"),
  ]),
  person("Shinzo Abe", "JP", ["Abe Shinzo", "Синдзо Абэ", "아베 신조"], [
    office("Prime Minister of Japan", "head-of-government", "head", "2012-12-26", "2020-09-16"),
  ]),
  person("Yoshihide Suga", "JP", ["Suga Yoshihide", "Ёсихидэ Суга", "스가 요시히데"], [
    office("Prime Minister of Japan", "head-of-government", "head", "2020-09-16", "2021-10-04"),
  ]),
  person("Fumio Kishida", "JP", ["Kishida Fumio", "Фумио Кисида", "기시다 후미오"], [
    office("Prime Minister of Japan", "head-of-government", "head", "2021-10-04", "2024-10-01"),
  ]),
  person("Shigeru Ishiba", "JP", ["Ishiba Shigeru", "Сигэру Исиба", "이시바 시게루"], [
    office("Prime Minister of Japan", "head-of-government", "head", "2024-10-01", "2025-10-21"),
  ]),
  person("Sanae Takaichi", "JP", ["Takaichi Sanae", "Санаэ Такаити", "다카이치 사나에"], [
    office("Prime Minister of Japan", "head-of-government", "head", "2025-10-21", null),
  ]),
  // Ukraine
  person("Volodymyr Zelensky", "UA", [
    "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Vladimir Zelensky", "Zelensky", "Zelenskyy", "Владимир Зеленский",
    "Володимир Зеленський", "Зеленский", "볼로디미르 젤렌스키", "젤렌스키",
  ], [
    office("President of Ukraine", "head-of-state", "head", "2019-05-20", null),
  ]),
  person("Petro Poroshenko", "UA", ["Petr Poroshenko", "Пётр Порошенко", "Петро Порошенко"], [
    office("President of Ukraine", "head-of-state", "head", "2014-06-07", "2019-05-20"),
  ]),
  person("Dmytro Kuleba", "UA", ["Dmitry Kuleba", "Дмитрий Кулеба", "Дмитро Кулеба"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2020-03-04", "2024-09-05"),
  ]),
  person("Andrii Sybiha", "UA", ["Andriy Sybiha", "Andrii Sybiga", "Андрей Сибига", "Андрій Сибіга"], [
    office("Minister of Foreign Affairs", "foreign-minister", "minister", "2024-09-05", null),
  ]),
  person("Andriy Yermak", "UA", ["Andrii Yermak", "Andrei Yermak", "Андрей Ермак", "Андрій Єрмак"], [
    office("Head of the Office of the President", "other", "other", "2020-02-11", "2025-11-28"),
  ]),
  person("Kyrylo Budanov", "UA", ["Kirill Budanov", "Кирилл Буданов", "Кирило Буданов"], [
    office("Chief of the Defence Intelligence of Ukraine (HUR)", "intelligence-chief", "minister", "2020-08-05", null),
  ]),
  // Belarus, Mongolia, Vietnam, Iran, Syria
  person("Alexander Lukashenko", "BY", [
    "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Александр Лукашенко", "Лукашенко", "루카셴코",
  ], [
    office("President of Belarus", "head-of-state", "head", "1994-07-20", null),
  ]),
  person("Ukhnaagiin Khurelsukh", "MN", ["Ukhnaa Khurelsukh", "Khurelsukh Ukhnaa", "Ухнаагийн Хурэлсух", "Ухнаагийн Хүрэлсүх"], [
    office("Prime Minister of Mongolia", "head-of-government", "head", "2017-10-04", "2021-01-27"),
    office("President of Mongolia", "head-of-state", "head", "2021-06-25", null),
  ]),
  person("To Lam", "VN", ["Tô Lâm", "То Лам", "또 럼"], [
    office("Minister of Public Security", "minister", "minister", "2016-04", "2024-05-22"),
    office("President of Vietnam", "head-of-state", "head", "2024-05-22", "2024-10-21"),
    office("General Secretary of the Communist Party of Vietnam", "party-official", "head", "2024-08-03", null),
  ]),
  person("Nguyen Phu Trong", "VN", ["Nguyễn Phú Trọng", "Нгуен Фу Чонг", "응우옌 푸 쫑"], [
    office("General Secretary of the Communist Party of Vietnam", "party-official", "head", "2011-01-19", "2024-07-19"),
  ]),
  person("Ali Khamenei", "IR", ["Ayatollah Ali Khamenei", "Али Хаменеи", "알리 하메네이"], [
    // Modelled as "other" so that "Iran's president" resolves to the elected president.
    office("Supreme Leader of Iran", "other", "head", "1989-06-04", null),
  ]),
  person("Ebrahim Raisi", "IR", ["Ibrahim Raisi", "Эбрахим Раиси", "에브라힘 라이시"], [
    office("President of Iran", "head-of-state", "head", "2021-08-03", "2024-05-19"),
  ]),
  person("Masoud Pezeshkian", "IR", ["Masud Pezeshkian", "Масуд Пезешкиан", "마수드 페제시키안"], [
    office("President of Iran", "head-of-state", "head", "2024-07-28", null),
  ]),
  person("Bashar al-Assad", "SY", ["Bashar Assad", "Bashar al Assad", "Башар Асад", "바샤르 알아사드"], [
    office("President of Syria", "head-of-state", "head", "2000-07-17", "2024-12-08"),
  ]),
  person("Ahmed al-Sharaa", "SY", ["Ahmad al-Sharaa", "Ahmed al Sharaa", "Ахмед аш-Шараа", "아메드 알샤라"], [
    office("President of Syria", "head-of-state", "head", "2025-01-29", null),
  ]),
];

/** The women of the registry, so that "she" and "her" find them (and "he" and "his" do not). */
const WOMEN = new Set([
  "Kim Yo Jong", "Choe Son Hui", "Hyon Song Wol", "Kim Ju Ae", "Ri Sol Ju",
  "Valentina Matviyenko", "Maria Zakharova", "Olga Lyubimova", "Veronika Skvortsova", "Olga Vasilyeva", "Oksana Lut",
  "Tatyana Golikova", "Viktoria Abramchenko", "Anna Tsivileva",
  "Park Geun-hye", "Kang Kyung-wha", "Sanae Takaichi",
]);

export const REGISTRY_PEOPLE: RegistryPerson[] = [...KP_PEOPLE, ...RU_PEOPLE, ...OTHER_PEOPLE].map((p) => (WOMEN.has(p.name) ? { ...p, female: true } : p));
