"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generatePopulation = generatePopulation;
const shared_1 = require("@village/shared");
const clock_1 = require("./clock");
const communities_1 = require("./communities");
const geography_1 = require("./geography");
const STAGES = [
    ['parent', 0.66],
    ['expecting', 0.14],
    ['volunteer', 0.2],
];
/** Chance that both adults of a household use the platform (otherwise one does). */
const COUPLE_SHARE = { parent: 0.4, expecting: 0.45, volunteer: 0.15 };
const WARD_WEIGHTS = geography_1.WARDS.map((ward) => [ward, ward.density]);
function generatePopulation(random, targetPeople) {
    const population = {
        households: [],
        people: [],
        residents: [],
        householdMembers: [],
    };
    while (population.people.length < targetPeople)
        addHousehold(random, population);
    return population;
}
function addHousehold(random, population) {
    const ward = random.weighted(WARD_WEIGHTS);
    const community = communities_1.COMMUNITIES[random.weighted(Object.entries(ward.communities))];
    const stage = random.weighted(STAGES);
    const areaCell = (0, geography_1.homeCell)(random, ward);
    const { childBirthMonths, dueMonth } = children(random, community, stage);
    const couple = random.chance(COUPLE_SHARE[stage]);
    const isolated = random.chance(isolationChance(community, stage, couple));
    // Expecting families mostly joined during this pregnancy; others any time since launch, growing.
    const createdMs = stage === 'expecting'
        ? clock_1.TODAY_MS - random.between(1, 240) * clock_1.DAY_MS
        : clock_1.LAUNCH_MS + (clock_1.TODAY_MS - clock_1.LAUNCH_MS - clock_1.DAY_MS) * random.next() ** 0.6;
    const householdIndex = population.households.length;
    const household = {
        id: random.uuid(),
        areaCell,
        childBirthMonths,
        dueMonth,
        createdAt: (0, clock_1.timestamp)(createdMs),
    };
    population.households.push(household);
    const initial = pickLetter(random, community.initials);
    const members = [];
    const sexes = couple
        ? random.chance(0.97)
            ? ['female', 'male']
            : ['female', 'female']
        : [random.chance(stage === 'volunteer' ? 0.7 : 0.85) ? 'female' : 'male'];
    for (const sex of sexes) {
        const joinedMs = Math.min(createdMs + random.int(0, 30) * clock_1.DAY_MS + random.int(0, 86_399) * 1000, clock_1.TODAY_MS - 3_600_000);
        const languages = languagesFor(random, community);
        const heritage = languages.filter((language) => language !== 'en').sort();
        // Couples usually share a family name; otherwise the initial is drawn afresh.
        const ownInitial = members.length === 0 || random.chance(0.8) ? initial : pickLetter(random, community.initials);
        const person = {
            id: random.uuid(),
            householdId: household.id,
            displayName: `${firstName(random, community, stage, sex === 'female')} ${ownInitial}.`,
            areaCell,
            languages,
            canOffer: helpCategories(random, 'offer', stage, languages),
            wouldLike: helpCategories(random, 'wish', stage, languages),
            createdAt: (0, clock_1.timestamp)(joinedMs),
            updatedAt: (0, clock_1.timestamp)(joinedMs + (clock_1.TODAY_MS - joinedMs) * random.next()),
        };
        const index = population.people.length;
        members.push(index);
        population.people.push(person);
        population.residents.push({
            index,
            person,
            householdIndex,
            ward,
            community: community.id,
            stage,
            isolated,
            createdMs: joinedMs,
            heritage,
        });
    }
    population.householdMembers.push(members);
}
/** Around one household in six is isolated; more among recent arrivals and lone parents. */
function isolationChance(community, stage, couple) {
    if (stage === 'volunteer')
        return community.recentArrivals ? 0.12 : 0.06;
    const base = stage === 'expecting' ? 0.18 : 0.15;
    return base + (community.recentArrivals ? 0.09 : 0) + (couple ? 0 : 0.06);
}
function children(random, community, stage) {
    const agesInMonths = [];
    let dueMonth = null;
    if (stage === 'parent') {
        const youngest = random.int(0, 36);
        agesInMonths.push(youngest);
        const kind = random.next();
        if (kind < 0.04)
            agesInMonths.push(youngest); // twins
        else if (kind < 0.3 && youngest <= 33)
            agesInMonths.push(Math.min(47, youngest + random.int(14, 30)));
        if (youngest >= 9 && random.chance(0.07))
            dueMonth = (0, clock_1.monthFromToday)(random.int(1, 8));
    }
    else if (stage === 'expecting') {
        dueMonth = (0, clock_1.monthFromToday)(random.int(1, 8));
    }
    if (stage !== 'volunteer' ? random.chance(community.olderSiblings) : random.chance(0.2)) {
        const first = stage === 'volunteer' ? 60 : 48;
        for (let n = random.int(1, 3); n > 0; n--)
            agesInMonths.push(random.int(first, first + 140));
    }
    // Oldest first; twins share a birth month.
    const childBirthMonths = agesInMonths.sort((a, b) => b - a).map((age) => (0, clock_1.monthFromToday)(-age));
    return { childBirthMonths, dueMonth };
}
function languagesFor(random, community) {
    const heritage = community.heritage
        .filter(([, chance]) => random.chance(chance))
        .map(([language]) => language);
    const first = community.heritage[0];
    if (heritage.length === 0 && first)
        heritage.push(first[0]);
    return random.chance(community.english) ? [...heritage, 'en'] : heritage;
}
function firstName(random, community, stage, female) {
    if (stage === 'volunteer' && community.id === 'british' && random.chance(0.7)) {
        return random.pick(female ? communities_1.OLDER_BRITISH_NAMES.female : communities_1.OLDER_BRITISH_NAMES.male);
    }
    return random.pick(female ? community.femaleNames : community.maleNames);
}
const OFFERS = {
    parent: [
        [shared_1.HelpCategory.BABY_ITEMS, 5],
        [shared_1.HelpCategory.CHILDCARE_SWAP, 3],
        [shared_1.HelpCategory.COMPANY, 3],
        [shared_1.HelpCategory.COOKING, 2],
        [shared_1.HelpCategory.EQUIPMENT_LOAN, 2],
        [shared_1.HelpCategory.LIFTS, 1],
    ],
    expecting: [
        [shared_1.HelpCategory.COMPANY, 3],
        [shared_1.HelpCategory.COOKING, 2],
        [shared_1.HelpCategory.LIFTS, 1],
        [shared_1.HelpCategory.DIY, 1],
    ],
    volunteer: [
        [shared_1.HelpCategory.COMPANY, 4],
        [shared_1.HelpCategory.LIFTS, 3],
        [shared_1.HelpCategory.DIY, 3],
        [shared_1.HelpCategory.FORMS_AND_ADVICE, 3],
        [shared_1.HelpCategory.COOKING, 2],
        [shared_1.HelpCategory.EQUIPMENT_LOAN, 2],
        [shared_1.HelpCategory.FOOD, 1],
    ],
};
const WISHES = {
    parent: [
        [shared_1.HelpCategory.COMPANY, 4],
        [shared_1.HelpCategory.CHILDCARE_SWAP, 3],
        [shared_1.HelpCategory.BABY_ITEMS, 3],
        [shared_1.HelpCategory.FORMS_AND_ADVICE, 2],
        [shared_1.HelpCategory.EQUIPMENT_LOAN, 2],
        [shared_1.HelpCategory.FOOD, 1],
        [shared_1.HelpCategory.DIY, 1],
    ],
    expecting: [
        [shared_1.HelpCategory.BABY_ITEMS, 5],
        [shared_1.HelpCategory.EQUIPMENT_LOAN, 3],
        [shared_1.HelpCategory.COMPANY, 3],
        [shared_1.HelpCategory.FORMS_AND_ADVICE, 2],
        [shared_1.HelpCategory.LIFTS, 2],
        [shared_1.HelpCategory.DIY, 1],
    ],
    volunteer: [
        [shared_1.HelpCategory.COMPANY, 3],
        [shared_1.HelpCategory.LIFTS, 1],
        [shared_1.HelpCategory.OTHER, 1],
    ],
};
const CATEGORY_ORDER = Object.values(shared_1.HelpCategory);
const CATEGORY_COUNTS = [
    [0, 2],
    [1, 4],
    [2, 3],
    [3, 1],
];
/** Zero to three categories; bilingual people often offer language help, and those without English ask for it. */
function helpCategories(random, direction, stage, languages) {
    const choices = (direction === 'offer' ? OFFERS : WISHES)[stage].map(([category, weight]) => [category, weight]);
    const speaksEnglish = languages.includes('en');
    if (direction === 'offer' && speaksEnglish && languages.length > 1)
        choices.push([shared_1.HelpCategory.LANGUAGE_HELP, 4]);
    if (direction === 'wish' && !speaksEnglish)
        choices.push([shared_1.HelpCategory.LANGUAGE_HELP, 6], [shared_1.HelpCategory.FORMS_AND_ADVICE, 3]);
    const chosen = new Set();
    for (let count = random.weighted(CATEGORY_COUNTS); count > 0; count--)
        chosen.add(random.weighted(choices));
    return CATEGORY_ORDER.filter((category) => chosen.has(category));
}
function pickLetter(random, letters) {
    return letters.charAt(random.int(0, letters.length - 1));
}
