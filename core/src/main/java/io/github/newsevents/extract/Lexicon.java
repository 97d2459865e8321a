package io.github.newsevents.extract;

import io.github.newsevents.internal.StringSet;
import io.github.newsevents.internal.Tokens;
import java.util.Arrays;
import java.util.Set;

/** Closed word lists of news English that the stages share. */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> set(String... words) {
    return StringSet.copyOf(Arrays.asList(words));
  }

  /** Capitalised words that start sentences or headlines but never names. */
  static final Set<String> NOT_NAMES = set(
      "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
      "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us", "But", "And", "Or",
      "Nor", "So", "Yet", "If", "When", "While", "Although", "Though", "After", "Before", "Since",
      "As", "At", "By", "For", "From", "In", "Into", "On", "Of", "Off", "Over", "Under", "With",
      "Without", "Within", "To", "Toward", "Towards", "Upon", "About", "Above", "Across", "Against",
      "Along", "Amid", "Among", "Around", "Behind", "Below", "Beside", "Besides", "Between",
      "Beyond", "During", "Despite", "Except", "Inside", "Like", "Near", "Outside", "Per", "Than",
      "Through", "Throughout", "Till", "Until", "Unlike", "Via", "Whether", "Because", "Once",
      "Where", "Which", "Who", "Whom", "Whose", "What", "Why", "How", "There", "Here", "Then",
      "Now", "Today", "Tomorrow", "Yesterday", "Tonight", "Earlier", "Later", "Meanwhile",
      "However", "Moreover", "Furthermore", "Still", "Also", "Even", "Only", "Just", "Already",
      "Not", "No", "Yes", "All", "Any", "Both", "Each", "Every", "Few", "Many", "Most", "Much",
      "Some", "Several", "Such", "Other", "Another", "More", "Less", "One", "Two", "Three", "Four",
      "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third", "Last", "Next",
      "New", "Former", "Senior", "Top", "Chief", "Deputy", "Acting", "Mr", "Mrs", "Ms", "Mr.",
      "Mrs.", "Ms.", "Dr", "Dr.", "Hon.", "Honourable", "Honorable", "Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.",
      "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Asked", "According", "Speaking", "Asked",
      "Watch", "Read", "Also", "Advertisement", "Photo", "Video", "Reuters", "AFP", "AP",
      "Xinhua", "PTI", "ANI", "Agencies", "Interfax", "Yonhap", "Kyodo", "Bernama", "Anadolu", "Tass",
      "Tasnim", "Sputnik", "Axios", "Politico", "Bloomberg", "Haaretz", "Nikkei", "Some", "Many", "Officials", "Sources", "Talks",
      "Speaking", "Addressing", "Following", "Meeting", "Responding", "Referring", "Under",
      "Updated", "Published", "Reporting", "Editing", "Writing", "Additional", "Scroll", "Click",
      "Share", "Sign", "Subscribe", "Let", "Let's", "Should", "Would", "Could", "Can", "Will",
      "May", "Might", "Must", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have",
      "Had", "Be", "Been", "Being", "Said", "Says", "Say", "Told", "Tells", "Added", "Noted",
      "President", "Prime", "Minister", "Secretary", "Foreign", "Defence", "Defense", "State",
      "Government", "Ministry", "Office", "Sir", "Lord", "Lady", "Dame", "Day", "Week", "Month",
      "Year", "Ukrainian", "Russian", "American", "Western", "Eastern", "Northern", "Southern",
      "North", "South", "East", "West", "Central", "Islamic", "Arab", "Muslim", "Christian",
      "Jewish", "Catholic", "European", "African", "Asian", "Gulf", "Middle", "Western-backed",
      "Supreme", "Special", "General", "Vice", "Crown", "Prince", "King", "Queen", "Emperor",
      "Pope", "Saint", "Lieutenant", "Colonel", "Major", "Admiral", "Captain", "Sergeant",
      "Commander", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Aide",
      "Adviser", "Advisor", "Chairman", "Chairwoman", "Chair", "Director", "Head", "Leader",
      "Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Representative", "Speaker",
      "Chancellor", "Premier", "Sultan", "Emir", "Sheikh", "Ayatollah", "Patriarch", "Cardinal",
      "Bishop", "Judge", "Justice", "Attorney", "Council", "Committee", "Parliament", "Congress",
      "Senate", "House", "Court", "Army", "Navy", "Air", "Force", "Forces", "Party", "Union",
      "Republic", "Kingdom", "Federation", "Democratic", "People", "People's", "National",
      "International", "United", "Nations", "Security", "Assembly", "Agency", "Bank", "Fund",
      "Trade", "Economy", "Energy", "Interior", "Finance", "Justice", "Health", "Affairs",
      "External", "Executive", "Commission", "European", "Truth", "Social", "Daylight", "Saving",
      "Time", "Summer", "Winter", "Spring", "Autumn", "Fall", "Christmas", "Easter", "Ramadan",
      "Eid", "Hanukkah", "Diwali", "Holy", "God", "Allah", "Lord", "Jesus", "Covid", "COVID",
      "Internet", "English", "French", "German", "Spanish", "Chinese", "Arabic", "Hebrew",
      "Persian", "Hindi", "Urdu", "Turkish", "Japanese", "Korean", "OK", "Okay", "Ukraine's",
      "Live", "Updates", "Breaking", "Exclusive", "Analysis", "Opinion", "Explainer", "Editorial",
      "Note", "Image", "Images", "Getty", "File", "Reading", "Related", "More", "Stories", "Story",
      "Top", "Latest", "News", "Topics", "Tags", "Comments", "Comment", "Follow", "Join", "Get",
      "See", "Check", "Find", "Learn", "Don't", "Can't", "Won't", "It's", "That's", "There's",
      "We're", "They're", "I'm", "We've", "I've", "Let's", "Thank", "Thanks", "Please", "Dear",
      "Hello", "Hi", "Oh", "Well", "Yes", "Indeed", "Perhaps", "Maybe", "Instead", "Otherwise",
      "Together", "Again", "Almost", "Always", "Never", "Often", "Sometimes", "Soon", "Recently",
      "Currently", "Previously", "Finally", "Initially", "Ultimately", "Eventually", "Clearly",
      "Obviously", "Apparently", "Reportedly", "Separately", "Similarly", "Likewise", "Overall",
      "Notably", "Importantly", "Specifically", "Additionally", "Nevertheless", "Nonetheless",
      "Thus", "Therefore", "Hence", "Accordingly", "Consequently", "Regarding", "Concerning",
      "Including", "Excluding", "Given", "Considering", "Amid", "Amidst", "Ahead", "Nearly",
      "Around", "Roughly", "Approximately", "About", "Some", "Both", "Either", "Neither",
      "Whoever", "Whatever", "Whenever", "Wherever", "However", "Rather", "Quite", "Very", "Too",
      "Unless", "Except", "Out", "Up", "Down", "Back", "Away", "Forward", "Home", "Abroad");

  /** Last words that make a capitalised phrase an organisation. */
  static final Set<String> ORG_HEADS = set(
      "Fund", "Ministry", "Council", "Party", "Agency", "Committee", "Bank", "Union", "Organization",
      "Organisation", "Institute", "University", "Court", "Force", "Forces", "Army", "Navy", "Commission",
      "Office", "Department", "Group", "Company", "Corporation", "Corp.", "Inc.", "Ltd", "News",
      "Times", "Post", "Journal", "Service", "Services", "Guard", "Front", "Movement", "Brigade",
      "Brigades", "Assembly", "Parliament", "Congress", "Senate", "Authority", "Administration",
      "Government", "Network", "Television", "TV", "Radio", "Association", "Foundation", "Center",
      "Centre", "Initiative", "Alliance", "League", "Coalition", "Cabinet", "Secretariat",
      "Directorate", "Bureau", "Board", "Federation", "Police", "Militia", "Command", "Corps",
      "Academy", "School", "Club", "Society", "Trust", "Press", "Media", "Channel", "Broadcasting",
      "Tribunal", "Chamber", "Duma", "Knesset", "Majlis", "Politik", "Mission", "Delegation", "Mechanism");

  /** Last words that make a capitalised phrase a place, an event or a thing, never an actor. */
  static final Set<String> NON_ACTOR_HEADS = set(
      "Street", "Square", "Palace", "Airport", "Hotel", "Hall", "Island", "Islands", "Sea", "Ocean",
      "River", "Lake", "Mountains", "Strait", "Gulf", "Bay", "Peninsula", "Valley", "Desert",
      "Province", "Region", "District", "City", "Town", "Village", "Summit", "Conference", "Forum",
      "Treaty", "Accord", "Accords", "Agreement", "Plan", "Program", "Programme", "Day", "War",
      "Time", "Games", "Cup", "Prize", "Award", "Act", "Bill", "Law", "Declaration", "Charter",
      "Protocol", "Convention", "Initiative", "Deal", "Pact", "Talks", "Dialogue", "Process",
      "Operation", "Crisis", "Revolution", "Spring", "Social", "Saving", "Corridor", "Pipeline",
      "Route", "Bridge", "Road", "Avenue", "Building", "Tower", "Center", "Stadium", "Park",
      "Base", "Camp", "Port", "Harbour", "Harbor", "Coast", "Border", "Line", "Zone", "Front",
      "Party", "Stream", "Times", "Post",
      // systems, documents, offices and regions: "Iron Dome", "Joint Communiqués", "Public Works"
      "Operations", "Works", "Dome", "Communiqué", "Communiqués", "Communique", "Communiques", "Control",
      "Vehicle", "System", "Systems", "Asia", "Africa", "Europe", "America", "Americas", "Doctrine",
      "Statement", "Resolution", "Report", "Index", "Exchange", "Network", "Networks", "Project");

  /** Connectors allowed inside a person's name. */
  static final Set<String> NAME_PARTICLES = set(
      "bin", "bint", "ibn", "al", "al-", "el", "de", "da", "di", "del", "della", "der", "den",
      "van", "von", "le", "la", "du", "dos", "das", "abu", "Abu", "bin", "ben", "y", "ul");

  /** Words before a bare place name that make it a location rather than an actor. */
  static final Set<String> LOCATIVE = set(
      "in", "to", "at", "near", "into", "outside", "via", "across", "toward", "towards",
      "inside", "around", "through", "throughout", "visit", "visited", "visiting", "trip",
      "flew", "arrived", "left", "returned", "travelled", "traveled", "over", "of");

  /** Honorifics that precede a person's name. */
  static final Set<String> HONORIFICS = set(
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Prof.",
      "Professor", "Sheikh", "Mullah", "Imam", "Ayatollah", "Rev.", "Father", "Madam", "Hon.", "Honourable",
      "Honorable");

  /** Words that can be part of a title phrase before a name besides the title itself. */
  static final Set<String> TITLE_MODIFIERS = set(
      "former", "Former", "then", "then-", "acting", "Acting", "deputy", "Deputy", "vice", "Vice",
      "senior", "Senior", "chief", "Chief", "top", "Top", "special", "Special", "presidential",
      "Presidential", "foreign", "Foreign", "defence", "Defence", "defense", "Defense", "prime",
      "Prime", "first", "First", "lead", "Lead", "outgoing", "incoming", "newly", "elected", "-elect",
      "general", "General", "executive", "Executive", "interim", "Interim", "assistant",
      "Assistant", "permanent", "Permanent", "national", "National", "security", "Security",
      "state", "State", "minister", "Minister", "affairs", "Affairs", "external", "External",
      "trade", "Trade", "economy", "Economy", "energy", "Energy", "interior", "Interior",
      "finance", "Finance", "of", "for", "investment", "Investment", "press",
      "Press", "military", "Military", "intelligence", "Intelligence", "army", "Army", "air",
      "Air", "force", "Force", "naval", "Naval", "supreme", "Supreme", "crown", "Crown",
      "high", "High", "representative", "Representative", "ex-", "ex", "longtime", "veteran",
      "regional", "Regional", "US", "U.S.", "UN", "U.N.", "EU", "UK", "U.K.", "Nato", "NATO");

  static final Set<String> WEEKDAYS = set(
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** Plural nouns that make "Russian officials" a group standing for its state. */
  static final Set<String> GROUP_NOUNS = set(
      "officials", "delegation", "delegations", "negotiators", "diplomats", "authorities",
      "forces", "troops", "military", "government", "leaders", "ministers", "counterparts",
      "side", "team", "lawmakers", "envoys", "representatives", "mediators", "army", "junta", "regime");

  /** Adjectives that may precede such a group ("senior Russian officials"). */
  static final Set<String> GROUP_MODIFIERS = set(
      "senior", "top", "high-ranking", "high-level", "Senior", "Top");

  /** Common English words: a capitalised run made only of these ("Pure Fiction") is no person. */
  static final Set<String> COMMON_WORDS = set(
      "Accord", "Admiral", "After", "Again", "Agency", "Agree", "Agreed", "Agreement", "Agrees",
      "Aid", "Air", "Airport", "All", "Alliance", "Allies", "Ally", "Also", "Always", "Ambassador",
      "Analysis", "Anger", "Anniversary", "Any", "Are", "Arms", "Army", "Art", "Atomic", "Attack",
      "Attacks", "Authority", "Award", "Awards", "Back", "Backed", "Backs", "Ban", "Bank", "Banks",
      "Bans", "Battle", "Battles", "Bay", "Be", "Been", "Before", "Began", "Begin", "Begins",
      "Being", "Bid", "Bids", "Big", "Bishop", "Black", "Blast", "Blasts", "Bloc", "Blue", "Board",
      "Boat", "Boats", "Bomb", "Bombs", "Book", "Books", "Boom", "Border", "Borders", "Boss",
      "Breaking", "Breakthrough", "Budget", "Building", "Business", "Bust", "Call", "Calls", "Came",
      "Camp", "Camps", "Can", "Capital", "Captain", "Care", "Case", "Cases", "Cash", "Ceasefire",
      "Center", "Central", "Centre", "Chancellor", "Change", "Changes", "Chaos", "Charge",
      "Charges", "Chief", "Church", "Cities", "City", "Civil", "Civilian", "Civilians", "Claim",
      "Claims", "Clash", "Clashes", "Climate", "Closed", "Club", "Coalition", "Coast", "Collapse",
      "Colonel", "Come", "Comes", "Commander", "Comment", "Comments", "Committee", "Companies",
      "Company", "Consulate", "Cost", "Costs", "Could", "Council", "Countries", "Country", "Court",
      "Courts", "Crime", "Crimes", "Crisis", "Cup", "Cyber", "Daily", "Danger", "Dangers", "Data",
      "Day", "Dead", "Deal", "Deals", "Death", "Deaths", "Debt", "Defeat", "Defence", "Defense",
      "Demand", "Demands", "Democracy", "Denial", "Denials", "Denies", "Deny", "Department",
      "Desert", "Dialogue", "Did", "Digital", "Diplomacy", "Diplomatic", "Direct", "Do", "Does",
      "Dollar", "Domestic", "Down", "Drone", "Drones", "Drop", "Drops", "Early", "Earth",
      "Earthquake", "East", "Eastern", "Economic", "Economy", "Editorial", "Election", "Elections",
      "Embassies", "Embassy", "Emir", "End", "Ended", "Ends", "Energy", "Envoy", "Envoys", "Euro",
      "Even", "Evening", "Expert", "Experts", "Explosion", "Explosions", "Failure", "Fake", "Fall",
      "Falls", "False", "Fan", "Fans", "Farm", "Farms", "Fear", "Fears", "Festival", "Few",
      "Fiction", "Fight", "Fighting", "Film", "Final", "Fire", "Fires", "Firm", "Firms", "First",
      "Flood", "Floods", "Food", "Force", "Forces", "Foreign", "Free", "Freedom", "Fresh", "Front",
      "Full", "Fund", "Funds", "Future", "Gain", "Gains", "Games", "Garden", "Gas", "Gave",
      "General", "Get", "Gets", "Give", "Gives", "Global", "Go", "Goes", "Gold", "Golden", "Gone",
      "Got", "Government", "Governor", "Grand", "Great", "Green", "Grid", "Group", "Groups",
      "Growth", "Gulf", "Hack", "Hackers", "Had", "Hall", "Hard", "Has", "Have", "Head", "Heads",
      "Health", "Held", "Help", "Here", "High", "Historic", "History", "Hold", "Holds", "Holiday",
      "Home", "Honor", "Honour", "Hope", "Hopes", "Hospital", "Hospitals", "Hostage", "Hostages",
      "Hour", "Hours", "House", "How", "Human", "Imam", "Indirect", "Industries", "Industry",
      "Inflation", "Information", "Injured", "Inner", "Intelligence", "Internet", "Is", "Island",
      "Islands", "Jail", "Jet", "Jets", "Job", "Jobs", "Joint", "Judge", "Jump", "Just", "Justice",
      "Keep", "Keeps", "Kept", "Key", "Kill", "Killed", "Kills", "King", "Kremlin", "Lady", "Lake",
      "Land", "Last", "Late", "Latest", "Launch", "Launched", "Launches", "Law", "Laws", "Leader",
      "Leaders", "Less", "Liberty", "Line", "Lines", "Little", "Live", "Local", "Long", "Lord",
      "Loss", "Losses", "Low", "Lower", "Made", "Major", "Make", "Makes", "Many", "March",
      "Marches", "Market", "Markets", "Match", "May", "Mayor", "Media", "Meet", "Meeting", "Meets",
      "Memorial", "Met", "Middle", "Might", "Migrant", "Migrants", "Military", "Minister",
      "Ministry", "Minor", "Minute", "Minutes", "Missile", "Missiles", "Mission", "Missions",
      "Money", "Month", "Moon", "More", "Morning", "Mosque", "Most", "Mountain", "Mountains",
      "Move", "Movement", "Moves", "Much", "Music", "Must", "Mutual", "Nation", "National",
      "Nations", "Navy", "Network", "Networks", "Never", "New", "News", "Night", "No", "North",
      "Northern", "Not", "Now", "Nuclear", "Ocean", "Off", "Offer", "Offers", "Office", "Official",
      "Officials", "Oil", "Old", "Online", "Only", "Open", "Opinion", "Order", "Orders", "Out",
      "Outcome", "Outcomes", "Outer", "Over", "Palace", "Panel", "Parties", "Partner", "Partners",
      "Party", "Past", "Peace", "People", "Photo", "Photos", "Pipeline", "Plan", "Plane", "Planes",
      "Plans", "Plant", "Police", "Policies", "Policy", "Political", "Politics", "Poll", "Polls",
      "Pope", "Port", "Pound", "Power", "Premier", "President", "Press", "Pressure", "Price",
      "Prices", "Pride", "Prince", "Princess", "Prison", "Prisoner", "Prisoners", "Private",
      "Prize", "Progress", "Protest", "Protests", "Public", "Pure", "Push", "Pushes", "Put", "Puts",
      "Quake", "Queen", "Rallies", "Rally", "Ran", "Read", "Real", "Recession", "Recovery", "Red",
      "Reform", "Reforms", "Refugee", "Refugees", "Region", "Regional", "Regions", "Reject",
      "Rejected", "Rejects", "Relation", "Relations", "Report", "Reports", "Research", "Resume",
      "Resumed", "Resumes", "Revolution", "Rift", "Rights", "Riot", "Riots", "Rise", "Rises",
      "Risk", "Risks", "River", "Rocket", "Rockets", "Rose", "Rouble", "Row", "Ruble", "Rule",
      "Rules", "Run", "Runs", "Rupee", "Safe", "Safety", "Sanction", "Sanctions", "Saw", "Say",
      "Says", "School", "Schools", "Science", "Sea", "Seas", "Season", "Second", "Secret",
      "Secretary", "Security", "See", "Seen", "Sees", "Senator", "Service", "Services", "Set",
      "Sets", "Shame", "Sheikh", "Shell", "Shells", "Ship", "Ships", "Short", "Should", "Side",
      "Sides", "Sign", "Signed", "Signs", "Silver", "Sir", "Site", "Sites", "Sky", "Slump",
      "Social", "Soft", "Soldiers", "Some", "Soon", "South", "Southern", "Space", "Spat", "Speaker",
      "Spies", "Spy", "Square", "Stalemate", "Standoff", "Star", "Stars", "Start", "Started",
      "Starts", "State", "States", "Station", "Step", "Steps", "Still", "Stop", "Stopped", "Stops",
      "Stories", "Storm", "Storms", "Story", "Street", "Strike", "Strikes", "Strong", "Success",
      "Sultan", "Summit", "Sun", "Support", "Surge", "Take", "Takes", "Talk", "Talks", "Tariff",
      "Tariffs", "Tax", "Taxes", "Team", "Teams", "Tech", "Technology", "Temple", "Tension",
      "Tensions", "That", "There", "These", "This", "Those", "Threat", "Threats", "Ties", "Time",
      "Times", "Today", "Tomorrow", "Tonight", "Took", "Top", "Tour", "Town", "Towns", "Trade",
      "Trial", "Trip", "Troops", "Truce", "True", "Under", "Union", "Unions", "University",
      "Unrest", "Up", "Update", "Updates", "Upper", "Very", "Victory", "Video", "View", "Views",
      "Village", "Visit", "Vote", "Votes", "War", "Warning", "Warns", "Wars", "Was", "Watch",
      "Water", "Weak", "Weapon", "Weapons", "Weather", "Week", "Weekly", "Went", "Were", "West",
      "Western", "What", "When", "Where", "Which", "White", "Who", "Why", "Will", "Win", "Wins",
      "Work", "Worker", "Workers", "World", "Would", "Wounded", "Year", "Years", "Yes", "Young",
      "Yuan", "Zone", "Zones");

  /** 'M' or 'F' for a gendered honorific or pronoun, else 0. */
  static char gender(String word) {
    switch (word) {
      case "Mr": case "Mr.": case "Sir": case "Lord": case "King": case "Prince": case "he": case "He":
      case "him": case "his": case "His": case "Sheikh": case "Emir": case "Sultan":
        return 'M';
      case "Ms": case "Ms.": case "Mrs": case "Mrs.": case "Miss": case "Dame": case "Lady": case "Queen":
      case "Princess": case "she": case "She": case "her": case "Her": case "Madam":
        return 'F';
      default:
        return 0;
    }
  }

  private static final Set<String> FEMALE_NAMES = Words.defaults("female-name");
  private static final Set<String> MALE_NAMES = Words.defaults("male-name");

  /**
   * 'F' or 'M' when the first word of a person's name is a given name of that gender in
   * {@code words.tsv} ("Lena Marsh" is no help, "Maria Lund" is a woman), else 0.
   */
  static char givenNameGender(String name) {
    int end = 0;
    while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
      end++;
    }
    String first = name.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    return FEMALE_NAMES.contains(first) ? 'F' : MALE_NAMES.contains(first) ? 'M' : 0;
  }

  /** {@link #givenNameGender(String)} of token {@code i}, a word (no blank inside), by bit tests. */
  static char givenNameGender(Tokens t, int i) {
    return Names.FEMALE.containsLower(t, i) ? 'F' : Names.MALE.containsLower(t, i) ? 'M' : 0;
  }

  /**
   * Bits of the given-name lists, found once (a holder class: {@link KnownWords} reads this class's
   * lists while it builds the vocabulary the bits are made over).
   */
  private static final class Names {
    static final io.github.newsevents.internal.VocabularySet FEMALE = KnownWords.members(FEMALE_NAMES);
    static final io.github.newsevents.internal.VocabularySet MALE = KnownWords.members(MALE_NAMES);
  }

  /** Pronouns that refer to a person. */
  static final Set<String> PERSON_PRONOUNS = set("he", "she", "He", "She");
}
