// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orders/lexicon.h"

#include "core/orders/textnormalizer.h"

#include <QHash>
#include <QString>

#include <initializer_list>

namespace Switchboard {

namespace {

using Words = std::initializer_list<const char16_t *>;

// clang-format off
const Words filler = {u"please", u"pls", u"plz", u"pleas", u"thanks", u"thx", u"thank", u"you",
    u"the", u"a", u"an", u"of", u"in", u"for", u"to", u"me", u"my", u"i", u"we", u"us", u"it",
    u"its", u"it's", u"is", u"be", u"that", u"this", u"them", u"those", u"some", u"size", u"sized",
    u"hi", u"hey", u"hello", u"hiya", u"yo", u"ok", u"okay", u"lol", u"just", u"one", u"ones",
    u"order", u"like", u"want", u"get", u"have", u"take", u"would", u"i'd", u"id", u"i'll",
    u"ill", u"we'd", u"we'll", u"can", u"could", u"may", u"need", u"make", u"give", u"do", u"so",
    u"each", u"all", u"both", u"them", u"will", u"am", u"are", u"at", u"on", u"as", u"well",
    u"too", u"also", u"and", u"or", u"but", u"with", u"w", u"plus", u"extra", u"add", u"actually",
    u"instead", u"now", u"then", u"here", u"there", u"hmm", u"umm", u"um", u"yes", u"yeah", u"yep",
    u"good", u"great", u"cool", u"sure", u"x", u"box", u"boxes", u"pack", u"piece", u"pieces",
    u"tonight", u"today", u"asap", u"quick", u"quickly", u"soon", u"pm", u"am", u"o'clock",
    u"ready", u"by", u"around", u"about", u"from", u"your", u"up", u"after", u"any", u"other",
    u"again", u"same", u"usual", u"more", u"mine", u"our", u"guys", u"bro", u"sir", u"hun",
    u"another", u"again", u"only", u"not", u"no", u"without", u"what", u"should", u"gonna",
    u"wanna", u"lemme", u"let", u"put", u"send", u"bring", u"same", u"time", u"maybe",
    u"שלומ", u"היי", u"הי", u"אהלנ", u"אהלן", u"בוקר", u"טוב", u"ערב", u"בבקשה", u"בבקשא",
    u"תודה", u"רבה", u"אני", u"אנחנו", u"רוצה", u"רוצים", u"רציתי", u"אפשר", u"לי", u"לנו",
    u"את", u"של", u"עמ", u"גמ", u"וגמ", u"עוד", u"זה", u"זאת", u"אותה", u"אותו", u"אותמ",
    u"להזמינ", u"הזמנה", u"הזמנ", u"מגש", u"קופסה", u"קופסא", u"קופסאות", u"יחידות", u"יחידה",
    u"תעשה", u"תעשו", u"תעשי", u"תנ", u"תנו", u"תביא", u"תביאו", u"בעצמ", u"רק", u"כל", u"או",
    u"אז", u"כנ", u"סבבה", u"אוקי", u"יאללה", u"אחי", u"מאמי", u"בתוספת", u"תוספת",
    u"תוספות", u"על", u"אשמח", u"ל", u"ו", u"ה", u"ב", u"ש", u"מ", u"כ", u"שלנו", u"שלי",
    u"היומ", u"הערב", u"עכשיו", u"כמה", u"שיהיה", u"שיהיו", u"מהר", u"אחרי", u"לפני",
    u"שעה", u"בשעה", u"דקות", u"וחצי", u"ורבע", u"חצי", u"בעוד", u"מחר", u"בערב", u"בבוקר",
    u"ולא", u"לא", u"כמו", u"תמיד", u"אותו", u"דבר", u"ועוד"};
const Words with = {u"with", u"w", u"plus", u"add", u"extra", u"עמ", u"ועמ", u"בתוספת",
    u"תוספת", u"תוסיפו", u"תוסיף", u"להוסיפ", u"תוספות"};
const Words andWords = {u"and", u"also", u"plus", u"n", u"&", u"וגמ", u"גמ"};
const Words negation = {u"no", u"without", u"minus", u"hold", u"בלי", u"ללא", u"בלי", u"בלעדי",
    u"חוצ"};
const Words question = {u"do", u"does", u"did", u"is", u"are", u"was", u"were", u"how", u"what",
    u"whats", u"what's", u"when", u"where", u"which", u"why", u"who", u"whos", u"any", u"will",
    u"האמ", u"יש", u"מה", u"מתי", u"איפה", u"למה", u"עד", u"אתמ", u"אתנ", u"היכנ", u"איזה", u"אילו",
    u"כמה", u"מהי", u"מהו"};
const Words complaint = {u"was", u"were", u"arrived", u"came", u"cold", u"late", u"burnt",
    u"burned", u"stale", u"wrong", u"forgot", u"forgotten", u"missing", u"never", u"refund",
    u"terrible", u"awful", u"disgusting", u"horrible", u"complaint", u"waiting", u"been", u"raw",
    u"soggy", u"hair", u"rude", u"הגיע", u"הגיעה", u"הגיעו", u"היה", u"הייתה", u"היו", u"קר", u"קרה",
    u"קרות", u"שרופ", u"שרופה", u"שכחתמ", u"שכחו", u"חסר", u"חסרה", u"חסרימ", u"מאחר", u"מאחרת",
    u"איחור", u"עדיינ", u"החזר", u"זוועה", u"גרוע", u"נוראי", u"תלונה", u"מחכימ", u"מחכה", u"מגעיל",
    u"יבש", u"יבשה", u"קיבלתי", u"קבלתי"};
const Words cancel = {u"cancel", u"cancelled", u"canceled", u"cancelling", u"לבטל", u"תבטלו",
    u"תבטל", u"בטל", u"ביטול", u"בטלו", u"מבטל", u"מבטלת"};
const Words orderIntent = {u"want", u"i'd", u"id", u"would", u"get", u"have", u"take", u"order",
    u"need", u"give", u"send", u"רוצה", u"רוצימ", u"אפשר", u"אשמח", u"להזמינ", u"תביא", u"תביאו",
    u"תשלחו", u"תנ", u"תנו", u"נזמינ", u"אזמינ", u"רציתי"};
const Words followUp = {u"too", u"also", u"another", u"more", u"as", u"גמ", u"וגמ", u"עוד",
    u"ועוד"};
const Words removal = {u"forget", u"remove", u"drop", u"skip", u"scratch", u"delete", u"cancel",
    u"תוריד", u"תורידו", u"להוריד", u"תבטל", u"תבטלו", u"בלי", u"לבטל", u"תמחק", u"תמחקו"};
const Words delivery = {u"delivery", u"deliver", u"delivered", u"deliverd", u"delivry",
    u"delievery", u"deliver", u"משלוח", u"במשלוח", u"למשלוח", u"משלוחימ", u"תשלחו", u"שלחו",
    u"לשלוח", u"שליח", u"תשלח"};
const Words pickup = {u"pickup", u"pick", u"collect", u"collection", u"takeaway", u"take-away",
    u"איסופ", u"לאיסופ", u"באיסופ", u"אאסופ", u"אסופ", u"נאסופ", u"אוספ", u"אוספת", u"לקחת",
    u"טייק", u"אבוא"};
const Words address = {u"address", u"addr", u"street", u"st", u"כתובת", u"רחוב", u"רח", u"לכתובת",
    u"שדרות", u"שד"};
const Words polite = {u"please", u"pls", u"plz", u"thanks", u"thx", u"thank", u"בבקשה",
    u"תודה", u"asap"};
const Words unit = {u"people", u"persons", u"person", u"guests", u"minutes", u"minute", u"min",
    u"mins", u"hours", u"hour", u"hr", u"hrs", u"pm", u"am", u"אנשימ", u"סועדימ", u"דקות", u"דקה",
    u"שעות", u"שעה", u"איש", u"ש\"ח", u"שח", u"shekel", u"shekels", u"nis", u"ils", u"dollars"};
const Words pronoun = {u"i", u"we", u"you", u"u", u"he", u"she", u"they", u"ya"};
// clang-format on

struct Tables {
    QHash<QString, unsigned> roles;
    void add(Lexicon::Role role, Words words) {
        for (const char16_t *w : words)
            roles[TextNormalizer::fold(QStringView(w))] |= 1u << role;
    }
};

const Tables &tables() {
    static const Tables t = [] {
        Tables x;
        x.add(Lexicon::Filler, filler);
        x.add(Lexicon::With, with);
        x.add(Lexicon::And, andWords);
        x.add(Lexicon::Negation, negation);
        x.add(Lexicon::Question, question);
        x.add(Lexicon::Complaint, complaint);
        x.add(Lexicon::Cancel, cancel);
        x.add(Lexicon::OrderIntent, orderIntent);
        x.add(Lexicon::FollowUp, followUp);
        x.add(Lexicon::Removal, removal);
        x.add(Lexicon::Delivery, delivery);
        x.add(Lexicon::Pickup, pickup);
        x.add(Lexicon::Address, address);
        x.add(Lexicon::Polite, polite);
        x.add(Lexicon::Unit, unit);
        x.add(Lexicon::Pronoun, pronoun);
        return x;
    }();
    return t;
}

} // namespace

bool Lexicon::is(Role role, QStringView folded) {
    const auto &r = tables().roles;
    const auto it = r.constFind(folded.toString());
    return it != r.cend() && (*it & (1u << role));
}

bool Lexicon::known(QStringView folded) {
    return tables().roles.contains(folded.toString());
}

} // namespace Switchboard
