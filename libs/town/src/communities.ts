import type { TownLanguage } from '@village/shared';

/**
 * The communities a northern English mill town is made of today. A household belongs to one;
 * it decides the languages its people speak, the names they go by and the places of worship
 * they are drawn to. Shares of English speakers reflect settled second and third generations
 * (high) against recent arrivals (lower).
 */
export type CommunityId =
  | 'british'
  | 'africanCaribbean'
  | 'pakistani'
  | 'bangladeshi'
  | 'sikh'
  | 'polish'
  | 'romanian'
  | 'slovak'
  | 'arab';

export type Faith = 'christian' | 'muslim' | 'sikh';

export interface Community {
  id: CommunityId;
  /** Heritage languages, most spoken first; each has its own chance of being spoken. */
  heritage: readonly (readonly [TownLanguage, number])[];
  /** Chance that a member also speaks English (always 1 for English-speaking communities). */
  english: number;
  faith: Faith;
  /** Arrived in the last decade or so: fewer family networks, more likely to be isolated. */
  recentArrivals: boolean;
  /** Chance a household also has school-age children, i.e. larger families. */
  olderSiblings: number;
  femaleNames: readonly string[];
  maleNames: readonly string[];
  /** Initials of common family names, so "Aisha K." reads right for the community. */
  initials: string;
}

/** Splits a whitespace-separated list, which keeps long name lists readable. */
function words(list: string): readonly string[] {
  return list.trim().split(/\s+/);
}

export const COMMUNITIES: Readonly<Record<CommunityId, Community>> = {
  british: {
    id: 'british',
    heritage: [],
    english: 1,
    faith: 'christian',
    recentArrivals: false,
    olderSiblings: 0.3,
    femaleNames: words(`
      Olivia Amelia Emily Sophie Jessica Chloe Charlotte Hannah Lucy Megan Laura Rebecca
      Gemma Kirsty Stacey Danielle Leanne Jade Holly Ellie Katie Amy Natalie Rachel Sarah
      Lauren Abbie Bethany Zoe Kayleigh
    `),
    maleNames: words(`
      Jack James Thomas Daniel Liam Ryan Matthew Craig Luke Adam Callum Josh Nathan Tom
      Ben Sam Jamie Lee Carl Dean
    `),
    initials: 'ABBCCDEFGHHJKLMMNPRSSTTWWY',
  },
  africanCaribbean: {
    id: 'africanCaribbean',
    heritage: [],
    english: 1,
    faith: 'christian',
    recentArrivals: false,
    olderSiblings: 0.35,
    femaleNames: words(
      'Grace Blessing Abena Chipo Kemi Precious Tendai Adaeze Marcia Simone Nia Joy',
    ),
    maleNames: words('Kwame Tunde Emmanuel Tinashe Marcus Kofi Delroy Samuel Chidi Winston'),
    initials: 'ABCDMMNOOSTW',
  },
  pakistani: {
    id: 'pakistani',
    heritage: [
      ['ur', 0.85],
      ['pa', 0.55],
    ],
    english: 0.85,
    faith: 'muslim',
    recentArrivals: false,
    olderSiblings: 0.5,
    femaleNames: words(`
      Aisha Fatima Ayesha Zainab Maryam Sana Amna Hina Rubina Nazia Saima Samina Iqra
      Mehwish Shazia Bushra Rabia Sadia Aleena Hafsa Anum Khadija Noreen Uzma
    `),
    maleNames: words(`
      Mohammed Imran Asif Tariq Bilal Usman Adeel Zubair Kashif Naveed Faisal Shahid Amir
      Hamza Waqas Zeeshan
    `),
    initials: 'AABHHIKKMMQRRSSZ',
  },
  bangladeshi: {
    id: 'bangladeshi',
    heritage: [['bn', 1]],
    english: 0.75,
    faith: 'muslim',
    recentArrivals: false,
    olderSiblings: 0.5,
    femaleNames: words(`
      Nusrat Taslima Shirin Rokeya Farhana Sumaiya Tahmina Jannat Rahima Shapla Rumana
      Salma
    `),
    maleNames: words('Abdul Rahim Shafiq Jamal Mizanur Habib Rashed Sohel Anwar Nazrul'),
    initials: 'ABHIKMMRRSU',
  },
  sikh: {
    id: 'sikh',
    heritage: [['pa', 1]],
    english: 0.9,
    faith: 'sikh',
    recentArrivals: false,
    olderSiblings: 0.35,
    femaleNames: words(`
      Harpreet Manpreet Gurpreet Jaspreet Simran Kiran Navdeep Rajvinder Amandeep
      Parminder Jasleen Balvir
    `),
    maleNames: words(
      'Gurdeep Harjit Jaswinder Sukhwinder Ranjit Kulwant Baljit Amrik Daljit Inderjit',
    ),
    initials: 'BDGJKMSSS',
  },
  polish: {
    id: 'polish',
    heritage: [['pl', 1]],
    english: 0.7,
    faith: 'christian',
    recentArrivals: true,
    olderSiblings: 0.3,
    femaleNames: words(`
      Agnieszka Katarzyna Magdalena Joanna Anna Monika Karolina Ewa Marta Natalia Justyna
      Paulina
    `),
    maleNames: words('Piotr Tomasz Krzysztof Paweł Marcin Michał Łukasz Kamil Bartosz Jakub'),
    initials: 'BDGJKKLMNNSSWWZ',
  },
  romanian: {
    id: 'romanian',
    heritage: [['ro', 1]],
    english: 0.55,
    faith: 'christian',
    recentArrivals: true,
    olderSiblings: 0.35,
    femaleNames: words(
      'Andreea Elena Ioana Mihaela Alina Cristina Gabriela Roxana Daniela Larisa Bianca',
    ),
    maleNames: words('Andrei Ionuț Florin Mihai Alexandru Gabriel Marius Bogdan Cosmin Vasile'),
    initials: 'BCDGIMMNPPRSTV',
  },
  slovak: {
    id: 'slovak',
    heritage: [['sk', 1]],
    english: 0.45,
    faith: 'christian',
    recentArrivals: true,
    olderSiblings: 0.55,
    femaleNames: words(
      'Lucia Zuzana Veronika Martina Simona Jana Denisa Ivana Klaudia Nikola Silvia',
    ),
    maleNames: words('Marek Peter Martin Tomáš Jozef Lukáš Milan Roman Dušan Ján'),
    initials: 'BDGHHKMOPSSV',
  },
  arab: {
    id: 'arab',
    heritage: [['ar', 1]],
    english: 0.5,
    faith: 'muslim',
    recentArrivals: true,
    olderSiblings: 0.5,
    femaleNames: words('Amal Rania Layla Nour Huda Yasmin Rasha Samira Dalia Reem Hala Mariam'),
    maleNames: words('Ahmed Omar Khalid Yusuf Hassan Ali Mahmoud Karim Sami Tarek'),
    initials: 'AAHHKMMNSSY',
  },
};

/** Names for the older residents who volunteer, where the parents' generation pool would read wrong. */
export const OLDER_BRITISH_NAMES = {
  female: words(
    'Margaret Susan Linda Pauline Janet Christine Barbara Jean Brenda Sandra Carol Maureen',
  ),
  male: words('David Peter Michael John Alan Keith Graham Brian Trevor Derek'),
} as const;

/** English names of the town's languages, for titles like "Antenatal class in Urdu". */
export const LANGUAGE_NAMES: Readonly<Record<TownLanguage, string>> = {
  en: 'English',
  ur: 'Urdu',
  pa: 'Punjabi',
  pl: 'Polish',
  ro: 'Romanian',
  sk: 'Slovak',
  bn: 'Bengali',
  ar: 'Arabic',
};
