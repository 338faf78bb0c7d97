import {
  GroupKind,
  HelpCategory,
  HelpPostKind,
  HelpPostStatus,
  TieProvenance,
} from '@village/shared';
import { DAY_MS, TODAY_MS, timestamp } from './clock';
import { LANGUAGE_NAMES } from './communities';
import type { Organisation } from './groups';
import type { TownHelpPost } from './model';
import type { Resident } from './people';
import type { Random } from './random';
import type { Neighbourhood, TieBook } from './tie-book';

/** One kind of post: `{language}` becomes the author's community language. */
type Idea = readonly [title: string, description: string, quantity?: readonly [number, number]];
type Ideas = Partial<Record<HelpCategory, readonly Idea[]>>;

const PERSON_OFFERS: Ideas = {
  [HelpCategory.BABY_ITEMS]: [
    [
      'Bag of 0–3 month baby clothes',
      'Mostly sleepsuits and vests, washed and ready to go. Happy to drop off nearby.',
      [1, 3],
    ],
    [
      'Moses basket, barely used',
      'Our little one never took to it. Clean mattress included.',
      [1, 1],
    ],
    [
      'Bottles and a steriliser',
      'Six bottles, teats and a microwave steriliser we no longer need.',
      [1, 1],
    ],
    ['Toddler shoes, sizes 4 and 5', 'Hardly worn; they grow so fast.', [2, 4]],
    [
      'Box of board books',
      'Lovely stories for babies and toddlers, some in two languages.',
      [10, 30],
    ],
    ['Winter snowsuit, 12–18 months', 'Warm and waterproof, one careful owner.', [1, 1]],
  ],
  [HelpCategory.EQUIPMENT_LOAN]: [
    ['Can lend a travel cot', 'Handy if family are visiting. Borrow it for as long as you need.'],
    [
      'Baby carrier to try before you buy',
      'A soft structured carrier, fits newborns with the insert.',
    ],
    ['High chair on loan', 'Folds flat; we are between babies so it is free for a few months.'],
    ['Stair gates to borrow', 'Two pressure-fit gates, no drilling needed.'],
  ],
  [HelpCategory.LIFTS]: [
    [
      'Lifts to hospital appointments',
      'I have a car seat fitted and am free most weekday mornings.',
    ],
    ['Can do the nursery run on Tuesdays', 'I drive past most nurseries on my way anyway.'],
  ],
  [HelpCategory.CHILDCARE_SWAP]: [
    [
      'Childcare swap: an hour on Friday mornings',
      'Ours would love a playmate, and I can have yours another day in return.',
    ],
    [
      'Swap babysitting evenings',
      'Looking for another family nearby to take turns so we each get an evening out.',
    ],
  ],
  [HelpCategory.COMPANY]: [
    [
      'Fancy a pram walk round the park?',
      'I walk most mornings with my little one and would love some company.',
    ],
    [
      'Coffee and a chat for new mums',
      'Been there! Happy to meet for a cuppa if things feel hard at the moment.',
    ],
  ],
  [HelpCategory.LANGUAGE_HELP]: [
    [
      'Can help with letters in {language} and English',
      'I can read and explain letters from the GP, school or council, or help on a phone call.',
    ],
    [
      'English conversation practice over coffee',
      'Relaxed chat to build confidence, little ones welcome.',
    ],
  ],
  [HelpCategory.FORMS_AND_ADVICE]: [
    [
      'Help with Child Benefit and Healthy Start forms',
      'I used to work in an advice centre. Happy to sit with you and go through them.',
    ],
    [
      'Help applying for a funded nursery place',
      'I have just done it for my two and know where the tricky bits are.',
    ],
  ],
  [HelpCategory.COOKING]: [
    [
      'Batch-cooked meals for new parents',
      'I love cooking and can make a few freezer meals for anyone with a newborn. Halal and vegetarian options.',
    ],
    ['Simple weaning recipes to share', 'Happy to show you what worked for us, cheap and quick.'],
  ],
  [HelpCategory.DIY]: [
    [
      'Can put up stair gates and shelves',
      'I have the tools and can come round at a time that suits.',
    ],
    ['Flat-pack furniture assembled', 'Cots, wardrobes, changing tables: happy to help.'],
  ],
  [HelpCategory.FOOD]: [
    [
      'Surplus veg from the allotment',
      'Courgettes, potatoes and beans most weeks through the summer.',
      [2, 10],
    ],
    ['Spare tins and pasta', 'Cleared the cupboards; all in date.', [5, 20]],
  ],
  [HelpCategory.OTHER]: [
    ['Free maternity clothes, size 12', 'Jeans, tops and a winter coat.', [3, 8]],
  ],
};

const PERSON_REQUESTS: Ideas = {
  [HelpCategory.BABY_ITEMS]: [
    ['Looking for a winter pramsuit (6–12 months)', 'The one we have is already too small.'],
    [
      'Need a cot or travel cot',
      'Baby is due soon and we are still short of somewhere for them to sleep.',
    ],
    ['Any newborn clothes going spare?', 'Baby due in a few weeks; anything gratefully received.'],
    ['Looking for a pushchair', 'Ours has broken and the bus is a long way to walk.'],
  ],
  [HelpCategory.EQUIPMENT_LOAN]: [
    [
      'Borrow a car seat for a weekend',
      'Visiting family next month and just need one for the trip.',
    ],
    ['Could anyone lend a baby bath?', 'Only needed for a few months.'],
  ],
  [HelpCategory.LIFTS]: [
    [
      'Lift to my 20-week scan',
      'Weekday morning at the hospital, and the buses are tricky with a toddler.',
    ],
    ['Lift to the baby bank', 'Collecting a cot and cannot carry it on the bus.'],
  ],
  [HelpCategory.CHILDCARE_SWAP]: [
    [
      'Childcare swap for a couple of hours a week',
      'So I can get to my English class. Happy to return the favour.',
    ],
  ],
  [HelpCategory.COMPANY]: [
    ['Looking for other new parents to meet', "New to the area and I don't know anyone yet."],
    [
      'Anyone up for a walk with the buggy?',
      'Long days at home with the baby; would love some company.',
    ],
  ],
  [HelpCategory.LANGUAGE_HELP]: [
    [
      'Help reading letters from the council',
      'My English reading is not strong yet. I speak {language}.',
    ],
    [
      'Someone to practise English with',
      'I understand more than I can say. Happy to teach some {language} in return.',
    ],
  ],
  [HelpCategory.FORMS_AND_ADVICE]: [
    ['Help with a Universal Credit form', 'I keep getting stuck on the online form.'],
    [
      'Help registering with a GP and dentist',
      'We have just moved here and do not know where to start.',
    ],
    ['How do I apply for a nursery place?', 'My daughter turns two soon.'],
  ],
  [HelpCategory.FOOD]: [
    ['Short of food this week', 'Two little ones and money is tight until payday.'],
  ],
  [HelpCategory.COOKING]: [
    [
      'Would love to learn simple meals for a toddler',
      'Fussy eater here! Any tips or a cook-along welcome.',
    ],
  ],
  [HelpCategory.DIY]: [
    ['Help putting a cot together', 'The instructions have defeated me.'],
    ['Someone to fit a stair gate', 'Our toddler has just learnt to climb.'],
  ],
  [HelpCategory.OTHER]: [
    ['Advice on local nurseries', 'Which ones have you liked, and do any have spaces?'],
  ],
};

interface GroupIdea {
  kind: HelpPostKind;
  category: HelpCategory;
  idea: Idea;
}

const GROUP_IDEAS: Record<GroupKind, readonly GroupIdea[]> = {
  [GroupKind.MUTUAL_AID]: [
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.FOOD,
      idea: [
        'Food parcels available this week',
        'No referral needed: just come to our drop-in.',
        [20, 60],
      ],
    },
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.BABY_ITEMS,
      idea: ['Free baby clothes, 0–2 years', 'Sorted by size and ready to take.', [30, 100]],
    },
    {
      kind: HelpPostKind.REQUEST,
      category: HelpCategory.BABY_ITEMS,
      idea: [
        'Donations needed: size 4 and 5 nappies',
        'Our shelves are empty of the bigger sizes.',
      ],
    },
    {
      kind: HelpPostKind.REQUEST,
      category: HelpCategory.OTHER,
      idea: ['Volunteers wanted for Saturday sorting', 'Two hours, a cuppa and good company.'],
    },
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.EQUIPMENT_LOAN,
      idea: ['Prams and car seats available', 'Checked and cleaned by our volunteers.', [2, 8]],
    },
  ],
  [GroupKind.FAITH]: [
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.FOOD,
      idea: [
        'Free hot meal every week, everyone welcome',
        'Good food and good company; bring the children.',
      ],
    },
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.COMPANY,
      idea: [
        'New to the area? Come and meet us',
        'A friendly welcome for families of any faith or none.',
      ],
    },
    {
      kind: HelpPostKind.REQUEST,
      category: HelpCategory.OTHER,
      idea: ['Helpers needed for our toddler group', 'Setting up, making tea and tidying away.'],
    },
  ],
  [GroupKind.PARENT_AND_BABY]: [
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.EQUIPMENT_LOAN,
      idea: [
        'Sling library: borrow a carrier',
        'Try different slings with help from a trained volunteer.',
        [5, 15],
      ],
    },
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.COMPANY,
      idea: [
        "New parents: we'll save you a seat",
        'Come along on your own; someone will say hello.',
      ],
    },
    {
      kind: HelpPostKind.REQUEST,
      category: HelpCategory.OTHER,
      idea: [
        'Helpers wanted for our Christmas party',
        'Wrapping, setting up and a bit of singing.',
      ],
    },
  ],
  [GroupKind.CIVIC]: [
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.DIY,
      idea: [
        'Garden tidy-up day for families',
        'We bring the tools and help clear yards and gardens.',
      ],
    },
    {
      kind: HelpPostKind.REQUEST,
      category: HelpCategory.OTHER,
      idea: ['Join our family litter pick', 'Little helpers welcome; grabbers provided.'],
    },
  ],
  [GroupKind.VOLUNTEER_SCHEME]: [
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.COMPANY,
      idea: [
        'A volunteer to visit you and your baby',
        'Weekly visits from a trained volunteer who has been a parent too.',
      ],
    },
    {
      kind: HelpPostKind.REQUEST,
      category: HelpCategory.OTHER,
      idea: [
        'Could you befriend a family for two hours a week?',
        'We train and support you all the way.',
      ],
    },
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.LANGUAGE_HELP,
      idea: [
        'Volunteers who speak {language}',
        'Support in your own language, at home or at our drop-in.',
      ],
    },
  ],
  [GroupKind.SERVICE]: [
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.FORMS_AND_ADVICE,
      idea: [
        'Help with Healthy Start and Child Benefit forms',
        'Book a slot or drop in; interpreters can be arranged.',
      ],
    },
    {
      kind: HelpPostKind.OFFER,
      category: HelpCategory.OTHER,
      idea: [
        'Free Healthy Start vitamins',
        'For pregnant women and children under four: collect at any drop-in.',
        [50, 200],
      ],
    },
  ],
};

const AVAILABILITY = [
  'Weekday mornings',
  'Weekday afternoons',
  'Evenings after 6pm',
  'Weekends',
  'Flexible',
  'Tuesdays and Thursdays',
  'School hours',
  'Any time this week',
  'By arrangement',
];

const STATUSES = [
  [HelpPostStatus.OPEN, 68],
  [HelpPostStatus.MATCHED, 12],
  [HelpPostStatus.FULFILLED, 13],
  [HelpPostStatus.WITHDRAWN, 3],
  [HelpPostStatus.EXPIRED, 4],
] as const;

/** Days ago a post in each state was made: open posts are fresh, fulfilled ones may be old. */
const AGE_DAYS: Record<HelpPostStatus, readonly [number, number]> = {
  [HelpPostStatus.OPEN]: [0, 27],
  [HelpPostStatus.MATCHED]: [3, 30],
  [HelpPostStatus.FULFILLED]: [10, 400],
  [HelpPostStatus.WITHDRAWN]: [5, 200],
  [HelpPostStatus.EXPIRED]: [35, 300],
};

const LIFETIME_MS = 30 * DAY_MS;

/**
 * Offers and requests by people (four in five) and groups. Posts that were matched or fulfilled
 * leave an EXCHANGED_HELP tie between the author and a neighbour who responded.
 */
export function generateHelpPosts(
  random: Random,
  count: number,
  residents: readonly Resident[],
  organisations: readonly Organisation[],
  membersOf: readonly (readonly number[])[],
  neighbourhood: Neighbourhood,
  book: TieBook,
): TownHelpPost[] {
  const posts: TownHelpPost[] = [];
  for (let n = 0; n < count; n++) {
    if (random.chance(0.8)) {
      // Isolated people ask for help sometimes, but nobody has answered them yet.
      const author = random.pick(residents);
      const status = author.isolated
        ? random.weighted([
            [HelpPostStatus.OPEN, 8],
            [HelpPostStatus.EXPIRED, 2],
          ] as const)
        : random.weighted(STATUSES);
      const post = personPost(random, author, status);
      posts.push(post);
      if (isExchanged(status)) {
        const helper = neighbourhood.near(random, author.person.areaCell);
        if (helper && helper.householdIndex !== author.householdIndex) {
          book.linkPeople(
            author,
            helper,
            TieProvenance.EXCHANGED_HELP,
            0.7,
            Date.parse(post.createdAt),
          );
        }
      }
    } else {
      const organisation = random.pick(organisations);
      const status = random.weighted(STATUSES);
      posts.push(groupPost(random, organisation, status));
      const members = membersOf[organisation.index] ?? [];
      const helper =
        isExchanged(status) && members.length > 0 ? residents[random.pick(members)] : undefined;
      if (helper)
        book.linkPersonToGroup(
          helper,
          organisation,
          TieProvenance.EXCHANGED_HELP,
          0.6,
          organisation.createdMs,
        );
    }
  }
  return posts;
}

function isExchanged(status: HelpPostStatus): boolean {
  return status === HelpPostStatus.MATCHED || status === HelpPostStatus.FULFILLED;
}

function personPost(random: Random, author: Resident, status: HelpPostStatus): TownHelpPost {
  const kind = random.chance(author.isolated ? 0.15 : 0.5)
    ? HelpPostKind.OFFER
    : HelpPostKind.REQUEST;
  const ideas = kind === HelpPostKind.OFFER ? PERSON_OFFERS : PERSON_REQUESTS;
  const own = kind === HelpPostKind.OFFER ? author.person.canOffer : author.person.wouldLike;
  const category =
    own.length > 0 && random.chance(0.8)
      ? random.pick(own)
      : random.pick(Object.keys(ideas) as HelpCategory[]);
  const language = author.heritage[0];
  // Ideas mentioning a language need the author to have one besides English.
  const fitting = (ideas[category] ?? []).filter(
    ([title, description]) => language || !`${title}${description}`.includes('{language}'),
  );
  const idea =
    fitting.length > 0 ? random.pick(fitting) : random.pick(ideas[HelpCategory.OTHER] ?? []);
  const chosenCategory = fitting.length > 0 ? category : HelpCategory.OTHER;
  return makePost(
    random,
    { kind, category: chosenCategory, idea },
    status,
    author.createdMs,
    language ? LANGUAGE_NAMES[language] : 'English',
    {
      authorPersonId: author.person.id,
      authorGroupId: null,
      areaCell: author.person.areaCell,
    },
  );
}

function groupPost(
  random: Random,
  organisation: Organisation,
  status: HelpPostStatus,
): TownHelpPost {
  const language = organisation.languages.find((l) => l !== 'en');
  const ideas = GROUP_IDEAS[organisation.group.kind].filter(
    ({ idea }) => language || !`${idea[0]}${idea[1]}`.includes('{language}'),
  );
  return makePost(
    random,
    random.pick(ideas),
    status,
    organisation.createdMs,
    language ? LANGUAGE_NAMES[language] : 'English',
    {
      authorPersonId: null,
      authorGroupId: organisation.group.id,
      areaCell: organisation.home.areaCell,
    },
  );
}

function makePost(
  random: Random,
  { kind, category, idea }: GroupIdea,
  status: HelpPostStatus,
  authorSinceMs: number,
  languageName: string,
  author: Pick<TownHelpPost, 'authorPersonId' | 'authorGroupId' | 'areaCell'>,
): TownHelpPost {
  const [title, description, quantity] = idea;
  const [newest, oldest] = AGE_DAYS[status];
  const createdMs = Math.min(
    Math.max(TODAY_MS - random.between(newest, oldest) * DAY_MS, authorSinceMs + 3_600_000),
    TODAY_MS - 3_600_000,
  );
  // A post that expired must have expired by today, however recently its author joined.
  const expiresMs =
    status === HelpPostStatus.EXPIRED
      ? Math.min(createdMs + LIFETIME_MS, TODAY_MS - 3_600_000)
      : createdMs + LIFETIME_MS;
  const updatedMs =
    status === HelpPostStatus.EXPIRED
      ? Math.min(expiresMs, TODAY_MS)
      : status === HelpPostStatus.OPEN
        ? createdMs
        : createdMs + (TODAY_MS - createdMs) * random.next();
  return {
    id: random.uuid(),
    kind,
    category,
    title: title.replace('{language}', languageName),
    description: description.replace('{language}', languageName),
    ...author,
    availability: random.pick(AVAILABILITY),
    quantity: quantity ? random.int(quantity[0], quantity[1]) : null,
    status,
    expiresAt: timestamp(expiresMs),
    createdAt: timestamp(createdMs),
    updatedAt: timestamp(updatedMs),
  };
}
