package io.github.newsevents.parse;

import io.github.newsevents.internal.DateWords;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in {@link NoiseRule}s: the page furniture of web news, each kind under a stable name.
 * Every rule matches whole lines only, so a sentence of news that merely mentions an advertisement
 * or asks readers to "watch the skies" stays.
 *
 * <table>
 *   <caption>Default rules, in the order they are tried</caption>
 *   <tr><th>name</th><th>removes lines such as</th></tr>
 *   <tr><td>{@value #ADVERTISEMENT}</td><td>{@code Advertisement}, {@code Advertisment}, {@code
 *       ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT}, {@code Ad}, {@code Sponsored}, {@code
 *       Story continues below advertisement}</td></tr>
 *   <tr><td>{@value #ALSO_READ}</td><td>{@code Also read: ...}, {@code Also Read | ...}, {@code
 *       See also: ...}, {@code Must read: ...}</td></tr>
 *   <tr><td>{@value #READ_MORE}</td><td>{@code Read more}, {@code READ MORE: ...}, {@code Continue
 *       reading}, a related headline that ends in a glued {@code Read more}</td></tr>
 *   <tr><td>{@value #WATCH}</td><td>{@code Watch: ...}, {@code WATCH | ...}, {@code Video: ...},
 *       {@code Listen}, {@code Live updates}, {@code In pictures: ...}</td></tr>
 *   <tr><td>{@value #CLICK_HERE}</td><td>{@code Click here to ...}, {@code For more, click here},
 *       {@code Click to watch}</td></tr>
 *   <tr><td>{@value #NEWSLETTER}</td><td>{@code Sign up for our newsletter}, {@code Subscribe to
 *       our channel}, {@code Get breaking news alerts ...}, {@code Join our WhatsApp
 *       channel}</td></tr>
 *   <tr><td>{@value #SHARE_BAR}</td><td>{@code Share this article}, {@code Share on Facebook
 *       Twitter WhatsApp}, {@code Facebook | X | Email}, {@code Share | Tweet | Email}</td></tr>
 *   <tr><td>{@value #SOCIAL_FOLLOW}</td><td>{@code Follow us on X}, an author note ending in
 *       {@code follow him on Twitter @handle}</td></tr>
 *   <tr><td>{@value #PHOTO_CREDIT}</td><td>{@code Photo: Reuters}, {@code (Photo: Reuters)},
 *       {@code File photo}, {@code Image credit: ...}, a caption ending in {@code Photograph:
 *       Agency} or {@code (AP Photo/Name)} or {@code [File: ...]}</td></tr>
 *   <tr><td>{@value #COPYRIGHT}</td><td>{@code © 2025 ...}, {@code Copyright 2025 ...}, {@code
 *       Copyright ... All rights reserved.}</td></tr>
 *   <tr><td>{@value #AGENCY_CREDIT}</td><td>{@code (With inputs from agencies)}, {@code With
 *       inputs from PTI}, {@code (Reporting by ...; Editing by ...)}, {@code Edited by: Name},
 *       {@code — Reuters}</td></tr>
 *   <tr><td>{@value #SCROLL_PROMPT}</td><td>{@code Scroll down for video}, {@code Scroll down to
 *       watch}</td></tr>
 *   <tr><td>{@value #TIMESTAMP}</td><td>{@code PUBLISHED: 09:15 GMT, 3 March 2025 |
 *       UPDATED: ...}, {@code Published 2 June 2024}, {@code Last updated: ...}, a line
 *       that is only a date and time ({@code Feb 27, 2026 6:40 pm}), {@code 5 min read}; the first
 *       such line that says when the article was published gives its date when the header does
 *       not ({@link ArticleParser})</td></tr>
 *   <tr><td>{@value #RELATED}</td><td>{@code RELATED: ...}, {@code Related Articles}, {@code
 *       More from ...}, {@code You may also like}, {@code Most read}, {@code list 1 of 3 ...}</td>
 *       </tr>
 * </table>
 *
 * <p>Each pattern is case-insensitive unless a part says otherwise, anchored to the whole trimmed
 * line, and bounded (possessive quantifiers, bounded repetitions), so that its cost per line is
 * linear. The built-in rules also carry a cheap precheck on the line's first and last characters,
 * so that their patterns are not even tried on most lines of prose; it never changes what they
 * match. Immutable and thread-safe.
 */
public final class NoiseRules {
  public static final String ADVERTISEMENT = "advertisement";
  public static final String ALSO_READ = "also-read";
  public static final String READ_MORE = "read-more";
  public static final String WATCH = "watch";
  public static final String CLICK_HERE = "click-here";
  public static final String NEWSLETTER = "newsletter";
  public static final String SHARE_BAR = "share-bar";
  public static final String SOCIAL_FOLLOW = "social-follow";
  public static final String PHOTO_CREDIT = "photo-credit";
  public static final String COPYRIGHT = "copyright";
  public static final String AGENCY_CREDIT = "agency-credit";
  public static final String SCROLL_PROMPT = "scroll-prompt";
  public static final String TIMESTAMP = "timestamp";
  public static final String RELATED = "related";

  /** A separator after a label: colon, bar, dash, arrow, bullet. */
  private static final String SEP = "\\h*+[:|\\-–—>»•]\\h*+";

  private static final String MONTH = DateWords.MONTH_REGEX;
  private static final String WEEKDAY =
      "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?";
  private static final String CAP_WORD = "(?-i:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}+)";
  /** Capitalised names with "and", "in", "&" and commas between them: "Jane Doe in Kyiv and J. Roe". */
  private static final String NAMES =
      CAP_WORD + "(?:,?\\h++(?:(?:and|in|&)\\h++)?" + CAP_WORD + "){0,12}+";
  private static final String PLATFORM =
      "(?:facebook|twitter|tweet|share|x|whatsapp|linkedin|email|e-mail|mail|telegram|reddit|pinterest"
          + "|messenger|copy\\h++link|copy|print|sms|threads|bluesky|flipboard|comments?)";

  private static final List<NoiseRule> DEFAULTS =
      List.of(
          rule(
              ADVERTISEMENT,
              LineGuard.firstWord("ad*", "sponsored", "paid", "promoted", "story", "continue", "skip")
                  .or(LineGuard.firstCharIn("-–—•|*")),
              "(?:[\\-–—•|*]\\h*+)?(?:advertisements?|advertisment?s?|advertisemnts?|advertisemets?"
                  + "|adverstisements?|advetisements?|advertsements?|advertizements?|advertisemen"
                  + "|adverts?|ads?|advertising|sponsored(?:\\h++(?:content|post|story|links?))?"
                  + "|paid\\h++(?:content|post|partnership)|promoted(?:\\h++content)?"
                  + "|story\\h++continues\\h++(?:below|after)(?:\\h++(?:this|the))?"
                  + "(?:\\h++(?:advertisement|ad|advert))?"
                  + "|continue\\h++reading\\h++(?:below|the\\h++main\\h++story)"
                  + "|skip\\h++(?:advertisement|ad|advert))"
                  + "(?:\\h*+[\\-–—:|]\\h*+(?:scroll\\h++(?:down\\h++)?to\\h++continue"
                  + "(?:\\h++with\\h++content)?|continue\\h++reading(?:\\h++below)?"
                  + "|story\\h++continues\\h++below))?\\h*+[\\-–—•|*.:]?"),
          rule(
              ALSO_READ,
              LineGuard.firstWord("also", "see", "read", "must"),
              "(?:also\\h++(?:read|see|watch)|see\\h++also|read\\h++also|must\\h++read)"
                  + "(?:"
                  + SEP
                  + ".{0,400}+|\\h*+)"),
          rule(
              READ_MORE,
              LineGuard.firstWord("read", "continue").or(LineGuard.endsWith("more", ":>»…")),
              "(?:read\\h++more|read\\h++the\\h++full\\h++(?:story|article)|continue\\h++reading)"
                  + "(?:\\h*+(?:[:|\\-–—>»…]|\\.{3}+)\\h*+.{0,400}+|\\h*+[.…>»]?)"
                  // a related headline with a glued link: "...what happens next?Read more"
                  + "|(?=.{0,310}+(?<=[Mm][Oo][Rr][Ee]|[Mm][Oo][Rr][Ee][:>»…]))"
                  + ".{1,300}?(?-i:Read\\h?more|READ\\h?MORE)[:>»…]?"),
          rule(
              WATCH,
              LineGuard.firstWord(
                  "watch", "video", "videos", "listen", "podcast", "live", "in", "photos", "gallery"),
              "(?:watch\\h++video|watch|videos?|listen|podcast|live\\h++(?:updates?|blog)"
                  + "|in\\h++pictures|photos|gallery|live)"
                  + "(?:"
                  + SEP
                  + ".{0,400}+|\\h*+)"),
          rule(
              CLICK_HERE,
              LineGuard.firstWord("click", "tap").or(LineGuard.endsWith("here", ".!:)")),
              "(?:click|tap)\\h++here\\b.{0,300}+"
                  + "|click\\h++to\\h++(?:read|watch|view|see|subscribe|listen|download|follow"
                  + "|join|play|continue)\\b.{0,300}+"
                  + "|.{1,200}?[,;:(\\-–—]\\h*+(?:click|tap)\\h++here[.!:)]?"),
          rule(
              NEWSLETTER,
              LineGuard.firstWord(
                      "sign", "signup", "subscribe", "register", "join", "get", "receive", "newsletter")
                  .or(LineGuard.lowerCaseStart())
                  .or(LineGuard.endsWith("inbox", ".!")),
              // an icon's name may be glued before the prompt: "notification-importantGet ..."
              "(?:(?-i:[a-z][a-z\\-]{0,30}+)(?=\\p{Lu}))?"
                  + "(?:(?:sign\\h*+up|subscribe|register)\\b(?:\\h++(?:now|today|here|free))?"
                  + "\\h*+(?:for|to)\\b.{0,200}?\\b(?:newsletters?|inbox|alerts?|updates"
                  + "|notifications|bulletins?|briefings?|digest|channel|podcast|our|email|e-mail"
                  + "|whatsapp|telegram|youtube)\\b.{0,200}+"
                  + "|join\\h++our\\b.{0,200}+"
                  + "|(?:get|receive)\\h++(?:our|instant|breaking|daily|free|weekly|the\\h++latest"
                  + "|latest|personali[sz]ed|real-time)\\b.{0,100}?\\b(?:newsletters?|alerts"
                  + "|notifications|inbox|briefing|digest)\\b.{0,200}+"
                  + "|(?:newsletter|subscribe(?:\\h++now)?|sign\\h*+up(?:\\h++now)?)\\h*+[:!.]?"
                  + "|.{1,200}?\\bdelivered\\h++(?:to|straight\\h++to|directly\\h++to)\\h++your"
                  + "\\h++inbox[.!]?)"),
          rule(
              SHARE_BAR,
              LineGuard.firstWord(
                  "share", "facebook", "twitter", "tweet", "x", "whatsapp", "linkedin", "email", "e", "mail",
                  "telegram", "reddit", "pinterest", "messenger", "copy", "print", "sms", "threads",
                  "bluesky", "flipboard", "comment", "comments"),
              "share(?:\\h++(?:this|the))?(?:\\h++(?:article|story|page|post|video|link))?"
                  + "(?:\\h++(?:on|via|with))?\\h*+[:|]?(?:\\h*+[,|/•·]?\\h*+"
                  + PLATFORM
                  + "){0,12}+\\h*+[:|]?"
                  + "|"
                  + PLATFORM
                  + "(?:\\h*+[,|/•·]?\\h*+"
                  + PLATFORM
                  + "){1,12}+"),
          rule(
              SOCIAL_FOLLOW,
              LineGuard.firstWord("follow").or(LineGuard.lastWordStartsWith('@')),
              "follow\\h++(?:us|@\\w{1,30}+)(?:\\h++on\\h++.{1,100}+|\\h*+[:|].{0,200}+)?\\.?"
                  + "|.{0,300}?\\bfollow\\h++(?:us|him|her|them|me)\\h++on\\h++(?:twitter|x"
                  + "|facebook|instagram|telegram|threads|linkedin|bluesky|whatsapp|youtube"
                  + "|tiktok)\\b.{0,60}?@[\\w.]{1,30}+\\.?"),
          rule(
              PHOTO_CREDIT,
              LineGuard.firstWord(
                      "photo", "photograph", "photos", "picture", "pic", "image", "images", "file",
                      "representational", "representative", "credit", "caption", "illustration",
                      "stock", "getty", "handout")
                  .or(LineGuard.firstCharIn("(["))
                  .or(LineGuard.endsWith(")", "."))
                  .or(LineGuard.endsWith("]", "."))
                  .or(
                      LineGuard.labelColonNearEnd(
                          160, "Photograph", "Photo", "Photos", "Image", "Picture", "Pic",
                          "Credit", "credit", "Illustration")),
              "(?:photo|photograph|photos|picture|pic|image|images|file\\h++photo|file\\h++image"
                  + "|file|representational\\h++(?:image|photo|picture)|image\\h++credit"
                  + "|photo\\h++credit|picture\\h++credit|credit|caption|illustration)"
                  + "\\h*+[:|/]\\h*+.{0,300}+"
                  + "|(?:file\\h++photo|file\\h++image|representational\\h++(?:image|photo"
                  + "|picture)|representative\\h++image|stock\\h++image|getty\\h++images"
                  + "|handout)\\h*+\\.?"
                  + "|[(\\[]\\h*+(?:(?-i:[A-Z]{2,10}+)\\h++)?(?:photo|photograph|image|picture|pic"
                  + "|file|credit|handout|representational|courtesy|video\\h++grab|screengrab"
                  + "|screenshot)\\b[^)\\]]{0,200}+[)\\]]\\.?"
                  // a caption that ends with its credit
                  + "|.{1,400}?[\\h.,;](?-i:Photograph|Photo|Photos|Image|Picture|Pic|Credit"
                  + "|Photo\\h++credit|Image\\h++credit|Illustration)\\h*+:\\h{0,3}+[^.!?]{1,150}+"
                  + "|(?=.{0,410}+(?<=[)\\]]|[)\\]]\\.))"
                  + ".{1,400}?\\h[(\\[](?:(?-i:[A-Z]{2,10}+)\\h++)?(?-i:File|Photo|Photos|Image"
                  + "|Images|Handout|Pool|Picture|Credit|Courtesy|Screengrab)\\b[^)\\]]{0,150}+"
                  + "[)\\]]\\.?"),
          rule(
              COPYRIGHT,
              LineGuard.firstWord("copyright", "all").or(LineGuard.firstCharIn("©(")),
              "(?:©|\\(c\\)|copyright)\\h*+(?:©|\\(c\\))?\\h*+(?:\\d{4}(?:\\h*+[-–]\\h*+\\d{4})?+)?"
                  + ".{0,300}?all\\h++rights\\h++reserved\\b.{0,300}+"
                  + "|©.{0,400}+"
                  + "|(?:copyright|\\(c\\))\\h*+(?:©|\\(c\\))?\\h*+\\d{4}\\b.{0,400}+"
                  + "|all\\h++rights\\h++reserved\\.?"),
          rule(
              AGENCY_CREDIT,
              LineGuard.firstWord(
                      "with", "additional", "reporting", "writing", "editing", "compiled", "edited",
                      "written", "research", "afp", "ap", "reuters", "pti", "ani", "ians", "xinhua",
                      "dpa", "bloomberg", "tass", "uni", "anadolu", "agencies", "agency")
                  .or(LineGuard.firstCharIn("(-–—")),
              "\\(\\h*+(?:with\\h++)?inputs?\\h++from\\h++[^)]{1,120}+\\)\\.?"
                  + "|\\(\\h*+(?:with\\h++)?agency\\h++inputs?\\h*+\\)\\.?"
                  + "|[\\-–—]?\\h*+with\\h++(?:agency\\h++inputs?|inputs?\\h++from\\h++(?:agencies"
                  + "|news\\h++agencies|wire\\h++services|agency|"
                  + CAP_WORD
                  + "(?:\\h*+(?:,|and|&)\\h*+"
                  + CAP_WORD
                  + "){0,4}+))\\.?"
                  + "|\\(\\h*+(?:additional\\h++)?(?:reporting|writing|editing|compiled|edited"
                  + "|written|research|translation|translated)\\h++by\\b[^)]{1,300}+\\)\\.?"
                  + "|(?:additional\\h++)?(?:reporting|writing)\\h++by\\h++"
                  + NAMES
                  + ";\\h*+(?:additional\\h++reporting|writing|editing|compiled)\\h++by\\b.{1,300}+"
                  + "|(?:additional\\h++)?(?:reporting|writing|editing|compiled|edited|written"
                  + "|research)\\h++by\\h*+:?\\h*+"
                  + NAMES
                  + "\\.?"
                  + "|[\\-–—]?\\h*+\\(?\\h*+(?-i:AFP|AP|Reuters|PTI|ANI|IANS|Xinhua|dpa|Bloomberg"
                  + "|TASS|UNI|Anadolu\\h++Agency|Agencies|Agency)\\h*+\\)?\\.?"),
          rule(
              SCROLL_PROMPT,
              LineGuard.firstWord("scroll", "story", "article"),
              "scroll\\h++(?:down|up)\\h++(?:for|to)\\b.{0,100}+"
                  + "|(?:story|article)\\h++continues\\h++(?:below|after\\h++(?:the\\h++)?"
                  + "(?:advertisement|ad))\\.?"),
          rule(
              TIMESTAMP,
              LineGuard.firstWord(
                      "first", "last", "published", "updated", "posted", "modified", "edited",
                      "mon*", "tue*", "wed*", "thu*", "fri*", "sat*", "sun*", "jan*", "feb*", "mar*",
                      "apr*", "may*", "jun*", "jul*", "aug*", "sep*", "oct*", "nov*", "dec*")
                  .or(LineGuard.digitStart()),
              "(?:(?:first|last)\\h++)?(?:published|updated|posted|modified|edited)"
                  + "(?:\\h++(?:on|at))?\\h*+[:|\\-–—]?\\h*+"
                  + "(?:\\d{1,2}(?::\\d{2}|[/.\\-]\\d{1,2}|(?:st|nd|rd|th)?\\h++"
                  + MONTH
                  + ")|\\d{4}-\\d{2}|"
                  + MONTH
                  + "\\.?\\h++\\d{1,2}|"
                  + WEEKDAY
                  + "\\b|today|yesterday|\\d{1,3}\\h++(?:min(?:ute)?s?|hours?|hrs?|days?)\\h++ago)"
                  + ".{0,200}+"
                  + "|(?:"
                  + WEEKDAY
                  + ",?\\h++)?(?:"
                  + MONTH
                  + "\\.?\\h++\\d{1,2}(?:st|nd|rd|th)?,?\\h++\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\h++"
                  + MONTH
                  + "\\.?,?\\h++\\d{4})"
                  + "(?:,?\\h*+(?:at\\h++)?\\d{1,2}[:.]\\d{2}(?:\\h*+[ap]\\.?m\\.?)?"
                  + "(?:\\h++(?-i:[A-Z]{2,5}+))?)?"
                  + "(?:\\h*+\\|?\\h*+\\([^)]{1,40}+\\)|\\h*+\\|\\h*+.{1,60}+)?"
                  + "|\\d{1,3}\\h*+min(?:ute)?s?\\h++read"),
          rule(
              RELATED,
              LineGuard.firstWord(
                  "related", "recommended", "you", "more", "trending", "most", "top", "in",
                  "suggested", "don", "dont", "editor", "editors", "latest", "list"),
              "(?:related(?:\\h++(?:articles?|stories|news|coverage|content|reading|topics?|posts?"
                  + "|links?|videos?|reads?))?|recommended(?:\\h++(?:stories|articles|videos"
                  + "|reading|for\\h++you))?|you\\h++(?:may|might)\\h++(?:also\\h++)?(?:like|enjoy"
                  + "|be\\h++interested\\h++in)|more\\h++(?:from|on|stories|news|like\\h++this"
                  + "|to\\h++read)\\b[^.!?]{0,80}+|trending(?:\\h++(?:now|news|stories|topics))?"
                  + "|most\\h++(?:read|popular|viewed|shared)|top\\h++stories"
                  + "|in\\h++(?:other|related)\\h++news|suggested(?:\\h++(?:reading|articles"
                  + "|stories))?|don['’]?t\\h++miss|editor['’]?s\\h++picks?"
                  + "|latest\\h++(?:news|stories|videos))"
                  + "(?:"
                  + SEP
                  + ".{0,400}+|\\h*+)"
                  + "|list\\h*+\\d{1,3}+\\h++of\\h++\\d{1,3}+.{0,300}+"));

  private NoiseRules() {}

  private static NoiseRule rule(String name, LineGuard guard, String regex) {
    return NoiseRule.guarded(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), guard);
  }

  /** The built-in rules, in the order the parser tries them; an immutable list. */
  public static List<NoiseRule> defaults() {
    return DEFAULTS;
  }

  /** The built-in rule named {@code name}, if there is one. */
  public static Optional<NoiseRule> named(String name) {
    Objects.requireNonNull(name, "name");
    for (NoiseRule r : DEFAULTS) {
      if (r.name().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
