<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>ConnectionWords</name>
    <message>
        <source>High</source>
        <translation>גבוה</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>בינוני</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>נמוך</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>עדיין לא דורג</translation>
    </message>
    <message>
        <source>Customers are happy with your messages.</source>
        <translation>הלקוחות מרוצים מההודעות שלכם.</translation>
    </message>
    <message>
        <source>Some customers blocked or reported your messages; send fewer, more relevant ones.</source>
        <translation>חלק מהלקוחות חסמו את ההודעות שלכם או דיווחו עליהן; שלחו פחות הודעות, ורלוונטיות יותר.</translation>
    </message>
    <message>
        <source>Many customers blocked or reported your messages; Meta may lower your limit.</source>
        <translation>לקוחות רבים חסמו את ההודעות שלכם או דיווחו עליהן; Meta עשויה להוריד את מגבלת ההודעות שלכם.</translation>
    </message>
    <message>
        <source>Meta rates a number after it has sent messages for a while.</source>
        <translation>Meta מדרגת מספר אחרי שהוא שולח הודעות במשך זמן מה.</translation>
    </message>
    <message>
        <source>green</source>
        <translation>ירוק</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>צהוב</translation>
    </message>
    <message>
        <source>red</source>
        <translation>אדום</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>אפור</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>ללא הגבלה</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>עדיין לא נקבעה</translation>
    </message>
    <message>
        <source>%1 customers a day</source>
        <translation>%1 לקוחות ביום</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>עדיין לא רשום</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <source>Flagged for low quality</source>
        <translation>סומן בגלל איכות נמוכה</translation>
    </message>
    <message>
        <source>Restricted: it can only answer customers for now</source>
        <translation>מוגבל: בינתיים הוא יכול רק לענות ללקוחות</translation>
    </message>
    <message>
        <source>Sending too fast: Meta is slowing it down</source>
        <translation>שולח מהר מדי: Meta מאטה אותו</translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation>נחסם על ידי Meta</translation>
    </message>
    <message>
        <source>Moved to another account</source>
        <translation>הועבר לחשבון אחר</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>נמחק</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>אושר</translation>
    </message>
    <message>
        <source>Usable, review pending</source>
        <translation>אפשר להשתמש בו, הבדיקה עדיין לא הסתיימה</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s review</source>
        <translation>ממתין לבדיקה של Meta</translation>
    </message>
    <message>
        <source>Declined by Meta</source>
        <translation>נדחה על ידי Meta</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>לא נבדק</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>בתהליך הגדרה</translation>
    </message>
    <message>
        <source>Needs to be reconnected</source>
        <translation>צריך לחבר מחדש</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>Confirming the sign-in with Meta…</source>
        <translation>אימות ההתחברות מול Meta…</translation>
    </message>
    <message>
        <source>Reading your WhatsApp Business account…</source>
        <translation>קריאת חשבון WhatsApp Business שלכם…</translation>
    </message>
    <message>
        <source>Asking Meta to forward your messages…</source>
        <translation>שליחת בקשה ל-Meta להעביר אליכם את ההודעות…</translation>
    </message>
    <message>
        <source>Registering the number: set its PIN below.</source>
        <translation>רישום המספר: הגדירו עבורו קוד PIN למטה.</translation>
    </message>
    <message>
        <source>Waiting for the code Meta sent: enter it below.</source>
        <translation>בהמתנה לקוד ש-Meta שלחה: הזינו אותו למטה.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>דירוג האיכות</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>מגבלת ההודעות</translation>
    </message>
    <message>
        <source>Number status</source>
        <translation>מצב המספר</translation>
    </message>
    <message>
        <source>WhatsApp lets a business write freely only within 24 hours of the customer&apos;s last message. Ask the person to send any message to your number first, then try again.</source>
        <translation>ב-WhatsApp עסק יכול לכתוב ללקוח באופן חופשי רק בתוך 24 שעות מההודעה האחרונה של הלקוח. בקשו מהאדם לשלוח קודם הודעה כלשהי למספר שלכם, ואז נסו שוב.</translation>
    </message>
    <message>
        <source>The PIN does not match the two-step verification PIN this number already has. Enter that PIN, or reset it in WhatsApp Manager.</source>
        <translation>קוד ה-PIN לא תואם לקוד ה-PIN של האימות הדו-שלבי שכבר מוגדר למספר הזה. הזינו את הקוד הזה, או אפסו אותו ב-WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Meta needs the number verified again: request a code, enter it, then register.</source>
        <translation>Meta דורשת לאמת את המספר שוב: בקשו קוד, הזינו אותו ואז רשמו את המספר.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Meta blocks new attempts for a while; try again later.</source>
        <translation>יותר מדי קודי PIN שגויים. Meta חוסמת ניסיונות חדשים לזמן מה; נסו שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>PINs were tried too quickly. Wait a moment, then try again.</source>
        <translation>נוסו קודי PIN מהר מדי. המתינו רגע ונסו שוב.</translation>
    </message>
    <message>
        <source>The number is not registered yet: register it with a PIN.</source>
        <translation>המספר עדיין לא רשום: רשמו אותו עם קוד PIN.</translation>
    </message>
    <message>
        <source>The number was deleted recently and Meta is still finishing. Wait five minutes, then try again.</source>
        <translation>המספר נמחק לאחרונה ו-Meta עדיין משלימה את התהליך. המתינו חמש דקות ונסו שוב.</translation>
    </message>
    <message>
        <source>This number was registered or deregistered more than 10 times in 72 hours. Meta allows no more attempts until those 72 hours have passed.</source>
        <translation>המספר הזה נרשם או שרישומו בוטל יותר מ-10 פעמים ב-72 שעות. Meta לא מאפשרת ניסיונות נוספים עד שיחלפו 72 השעות האלה.</translation>
    </message>
    <message>
        <source>Meta&apos;s servers are temporarily unavailable. Try again in a few minutes.</source>
        <translation>השרתים של Meta אינם זמינים כרגע. נסו שוב בעוד כמה דקות.</translation>
    </message>
    <message>
        <source>The relay refused: %1</source>
        <translation>שרת הממסר דחה את הבקשה: %1</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Switchboard::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>ניתוח נתונים</translation>
    </message>
    <message>
        <source>Orders per hour today</source>
        <translation>הזמנות לפי שעה היום</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <source>Revenue per day, last 30 days (%1)</source>
        <translation>הכנסות ליום, 30 הימים האחרונים (%1)</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>אין הזמנות</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>הכנסות</translation>
    </message>
    <message>
        <source>Median first response per day (minutes)</source>
        <translation>זמן מענה ראשון חציוני ליום (דקות)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>דקות</translation>
    </message>
    <message>
        <source>Products ordered most, last 30 days</source>
        <translation>המוצרים שהוזמנו הכי הרבה, 30 הימים האחרונים</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Orders by source, last 30 days</source>
        <translation>הזמנות לפי מקור, 30 הימים האחרונים</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No orders in the last 30 days yet: the charts fill in as customers order on WhatsApp.</source>
        <translation>עדיין אין הזמנות ב-30 הימים האחרונים: התרשימים יתמלאו כשלקוחות יזמינו בוואטסאפ.</translation>
    </message>
    <message>
        <source>%1 orders today; %2 orders and %3 in the last 30 days.</source>
        <translation>%1 הזמנות היום; %2 הזמנות ו-%3 ב-30 הימים האחרונים.</translation>
    </message>
</context>
<context>
    <name>Switchboard::BubbleLayout</name>
    <message>
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>פתיחת המפה</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>סה״כ: %1</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>הערה פנימית · %1</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>הועברה</translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation>הודעה קודמת</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>You</source>
        <translation>אתם</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
</context>
<context>
    <name>Switchboard::BusinessProfileForm</name>
    <message>
        <source>Save the profile</source>
        <translation>שמירת הפרופיל</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>&amp;אודות:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;תיאור:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>אתר אינ&amp;טרנט:</translation>
    </message>
    <message>
        <source>Second websi&amp;te:</source>
        <translation>אתר &amp;נוסף:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>קטגוריה:</translation>
    </message>
    <message>
        <source>Only owners and admins can change the profile.</source>
        <translation>רק בעלים ומנהלים יכולים לשנות את הפרופיל.</translation>
    </message>
    <message>
        <source>Loading the profile from Meta…</source>
        <translation>טעינת הפרופיל מ-Meta…</translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation>לא ניתן היה לטעון את הפרופיל: %1</translation>
    </message>
    <message>
        <source>Not chosen (set it in WhatsApp Manager)</source>
        <translation>לא נבחרה (אפשר לבחור אותה ב-WhatsApp Manager)</translation>
    </message>
    <message>
        <source>About cannot be empty: write a short line customers see (up to 139 characters).</source>
        <translation>השדה &quot;אודות&quot; לא יכול להיות ריק: כתבו שורה קצרה שהלקוחות יראו (עד 139 תווים).</translation>
    </message>
    <message>
        <source>About can have at most 139 characters; it has %1.</source>
        <translation>השדה &quot;אודות&quot; יכול להכיל עד 139 תווים; כרגע יש בו %1.</translation>
    </message>
    <message>
        <source>The description can have at most 512 characters; it has %1.</source>
        <translation>התיאור יכול להכיל עד 512 תווים; כרגע יש בו %1.</translation>
    </message>
    <message>
        <source>The address can have at most 256 characters; it has %1.</source>
        <translation>הכתובת יכולה להכיל עד 256 תווים; כרגע יש בה %1.</translation>
    </message>
    <message>
        <source>The email must be an address like name@example.com, at most 128 characters.</source>
        <translation>כתובת הדוא״ל צריכה להיות בפורמט name@example.com, ולהכיל עד 128 תווים.</translation>
    </message>
    <message>
        <source>A website starts with http:// or https:// and has at most 256 characters: %1</source>
        <translation>כתובת של אתר מתחילה ב-http:// או ב-https:// ומכילה עד 256 תווים: %1</translation>
    </message>
    <message>
        <source>Saving the profile at Meta…</source>
        <translation>שמירת הפרופיל ב-Meta…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>לא נשמר: %1</translation>
    </message>
    <message>
        <source>Saved. Customers see the new profile on WhatsApp.</source>
        <translation>נשמר. הלקוחות רואים עכשיו את הפרופיל החדש ב-WhatsApp.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Composer</name>
    <message>
        <source>Internal note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Write a note for the team (the customer never sees it)</source>
        <translation>כתבו הערה לצוות (הלקוח לא יראה אותה)</translation>
    </message>
    <message>
        <source>Write a message, or / for a quick reply</source>
        <translation>כתבו הודעה, או / לתשובה מהירה</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>שמירת ההערה</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter לשליחה, Shift+Enter לשורה חדשה</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter לשליחה</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>הוספת אמוג׳י</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>צירוף קבצים</translation>
    </message>
    <message>
        <source>Attach files (or drop them here, or paste an image)</source>
        <translation>צירוף קבצים (או גררו אותם לכאן, או הדביקו תמונה)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Internal note mode</source>
        <translation>מצב הערה פנימית</translation>
    </message>
    <message>
        <source>Write an internal note instead of a message</source>
        <translation>כתיבת הערה פנימית במקום הודעה</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>תבנית…</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>שליחת תבנית</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>ביטול התשובה</translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation>ביטול התשובה (Esc)</translation>
    </message>
    <message>
        <source>The 24-hour reply window closed %1. WhatsApp allows only an approved template until the customer writes again.</source>
        <translation>חלון המענה של 24 שעות נסגר ב-%1. עד שהלקוח יכתוב שוב, WhatsApp מאפשרת לשלוח רק תבנית מאושרת.</translation>
    </message>
    <message>
        <source>This customer has not written yet. WhatsApp allows only an approved template as the first message.</source>
        <translation>הלקוח הזה עדיין לא כתב. WhatsApp מאפשרת לשלוח כהודעה ראשונה רק תבנית מאושרת.</translation>
    </message>
    <message numerus="yes">
        <source>The reply window closes in %n minute(s).</source>
        <translation>
            <numerusform>חלון המענה ייסגר בעוד דקה אחת.</numerusform>
            <numerusform>חלון המענה ייסגר בעוד %n דקות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>בתשובה ל-%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To send: %1. The text becomes the caption.</source>
        <translation>לשליחה: %1. הטקסט יצורף ככיתוב.</translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.mp3 *.ogg *.m4a *.aac *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt);;All files (*)</source>
        <translation>תמונות, סרטונים, קובצי שמע ומסמכים (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.mp3 *.ogg *.m4a *.aac *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>אמוג׳י</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionBanner</name>
    <message>
        <source>WhatsApp needs to be reconnected: messages are not being sent or received.</source>
        <translation>צריך לחבר מחדש את WhatsApp: הודעות לא נשלחות ולא מתקבלות.</translation>
    </message>
    <message>
        <source>WhatsApp is disconnected: messages are not being sent or received.</source>
        <translation>החיבור ל-WhatsApp נותק: הודעות לא נשלחות ולא מתקבלות.</translation>
    </message>
    <message>
        <source>Ask an admin of your business to reconnect it.</source>
        <translation>בקשו ממנהל בעסק לחבר את WhatsApp מחדש.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>חיבור מחדש…</translation>
    </message>
    <message>
        <source>Reconnect WhatsApp</source>
        <translation>חיבור מחדש של WhatsApp</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>הסיבה: %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionPage</name>
    <message>
        <source>Ask an admin of your business to connect WhatsApp.</source>
        <translation>בקשו ממנהל בעסק לחבר את WhatsApp.</translation>
    </message>
    <message>
        <source>Waiting for the relay…</source>
        <translation>בהמתנה לשרת הממסר…</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation>ניתוק WhatsApp</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>ניתוק</translation>
    </message>
    <message>
        <source>WhatsApp connection</source>
        <translation>חיבור WhatsApp</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>בתהליך</translation>
    </message>
    <message>
        <source>Register the number</source>
        <translation>רישום המספר</translation>
    </message>
    <message>
        <source>An admin of your business has to finish registering the number.</source>
        <translation>מנהל בעסק צריך להשלים את רישום המספר.</translation>
    </message>
    <message>
        <source>WhatsApp needs to be reconnected</source>
        <translation>צריך לחבר מחדש את WhatsApp</translation>
    </message>
    <message>
        <source>Messages do not arrive and cannot be sent until it is reconnected.</source>
        <translation>עד לחיבור מחדש הודעות לא מגיעות, ואי אפשר לשלוח הודעות.</translation>
    </message>
    <message>
        <source>Reconnect WhatsApp</source>
        <translation>חיבור מחדש של WhatsApp</translation>
    </message>
    <message>
        <source>Ask an admin of your business to reconnect WhatsApp.</source>
        <translation>בקשו ממנהל בעסק לחבר מחדש את WhatsApp.</translation>
    </message>
    <message>
        <source>Connect your WhatsApp number</source>
        <translation>חיבור מספר ה-WhatsApp שלכם</translation>
    </message>
    <message>
        <source>Connecting brings your customers&apos; WhatsApp messages into Switchboard: everyone on your team sees them, replies from here, and customers get order updates on WhatsApp. You sign in with Facebook, choose or create your business&apos;s WhatsApp account and confirm your number; Meta checks the number with a code.</source>
        <translation>החיבור מביא את הודעות ה-WhatsApp של הלקוחות שלכם אל Switchboard: כל הצוות רואה אותן ועונה מכאן, והלקוחות מקבלים עדכוני הזמנות ב-WhatsApp. מתחברים עם Facebook, בוחרים או יוצרים את חשבון ה-WhatsApp של העסק ומאשרים את המספר; Meta מאמתת את המספר באמצעות קוד.</translation>
    </message>
    <message>
        <source>Connect WhatsApp</source>
        <translation>חיבור WhatsApp</translation>
    </message>
    <message>
        <source>Connect manually</source>
        <translation>חיבור ידני</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>&amp;Show number:</source>
        <translation>&amp;הצגת מספר:</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>מספר טלפון:</translation>
    </message>
    <message>
        <source>Name customers see:</source>
        <translation>השם שהלקוחות רואים:</translation>
    </message>
    <message>
        <source>Name review:</source>
        <translation>בדיקת השם:</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>דירוג האיכות:</translation>
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation>מגבלת ההודעות:</translation>
    </message>
    <message>
        <source>Number status:</source>
        <translation>מצב המספר:</translation>
    </message>
    <message>
        <source>Changes of quality, limit and status</source>
        <translation>שינויים בדירוג האיכות, במגבלת ההודעות ובמצב המספר</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>לפני</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אחרי</translation>
    </message>
    <message>
        <source>No changes yet: Meta has not changed this number&apos;s quality, limit or status since it was connected.</source>
        <translation>עדיין אין שינויים: מאז שהמספר הזה חובר, Meta לא שינתה את דירוג האיכות, את מגבלת ההודעות או את המצב שלו.</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>פרופיל העסק</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>פעולות</translation>
    </message>
    <message>
        <source>Country code and number, e.g. 972501234567</source>
        <translation>קידומת מדינה ומספר, לדוגמה 972501234567</translation>
    </message>
    <message>
        <source>Test message &amp;to:</source>
        <translation>הודעת בדיקה &amp;למספר:</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>שליחת הודעת בדיקה</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>חיבור מחדש</translation>
    </message>
    <message>
        <source>Sign in with Meta again, for a new token or another number</source>
        <translation>התחברות מחדש דרך Meta, לקבלת אסימון חדש או לבחירת מספר אחר</translation>
    </message>
    <message>
        <source>Owners and admins can reconnect or disconnect WhatsApp.</source>
        <translation>בעלים ומנהלים יכולים לחבר מחדש או לנתק את WhatsApp.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>מצב: %1</translation>
    </message>
    <message>
        <source>It was disconnected: %1</source>
        <translation>החיבור נותק: %1</translation>
    </message>
    <message>
        <source>Meta gave no reason.</source>
        <translation>Meta לא מסרה סיבה.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>הסיבה: %1</translation>
    </message>
    <message>
        <source>Meta needs the number confirmed before it can send and receive messages.</source>
        <translation>Meta צריכה לאמת את המספר לפני שאפשר יהיה לשלוח ולקבל בו הודעות.</translation>
    </message>
    <message>
        <source>Not known yet (number ID %1)</source>
        <translation>עדיין לא ידוע (מזהה המספר: %1)</translation>
    </message>
    <message>
        <source>Meta has not reported a verified name yet.</source>
        <translation>Meta עדיין לא דיווחה על שם מאומת.</translation>
    </message>
    <message>
        <source>Meta has not reported the review of this name yet.</source>
        <translation>Meta עדיין לא דיווחה על תוצאות הבדיקה של השם הזה.</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>Quality colour: %1</source>
        <translation>צבע דירוג האיכות: %1</translation>
    </message>
    <message>
        <source>The connection could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את פרטי החיבור: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את ההיסטוריה: %1</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp from Switchboard?</source>
        <translation>לנתק את WhatsApp מ-Switchboard?</translation>
    </message>
    <message>
        <source>Customers&apos; messages stop arriving here and nobody can send WhatsApp messages or order updates from Switchboard until an admin connects the number again. Meta keeps the number and its history.</source>
        <translation>הודעות הלקוחות יפסיקו להגיע לכאן, ואף אחד לא יוכל לשלוח מ-Switchboard הודעות WhatsApp או עדכוני הזמנות עד שמנהל יחבר את המספר שוב. המספר וההיסטוריה שלו נשמרים ב-Meta.</translation>
    </message>
    <message>
        <source>Not disconnected: %1</source>
        <translation>הניתוק לא בוצע: %1</translation>
    </message>
    <message>
        <source>Enter the number with its country code, e.g. 972501234567.</source>
        <translation>הזינו את המספר עם קידומת המדינה, לדוגמה 972501234567.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>בשליחה…</translation>
    </message>
    <message>
        <source>This is a test message from Switchboard: WhatsApp is connected.</source>
        <translation>זוהי הודעת בדיקה מ-Switchboard: החיבור ל-WhatsApp פועל.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>לא נשלחה: %1</translation>
    </message>
    <message>
        <source>Sent to %1. Its ticks appear in Conversations.</source>
        <translation>נשלחה אל %1. סימני ה-V שלה יופיעו בדף &quot;שיחות&quot;.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Console</name>
    <message>
        <source>Session not kept</source>
        <translation>ההתחברות לא נשמרה</translation>
    </message>
    <message>
        <source>%1

You are signed in, but you will have to sign in again the next time Switchboard starts.</source>
        <translation>%1

התחברתם, אבל תצטרכו להתחבר שוב בפעם הבאה ש-Switchboard יופעל.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>לא ניתן לפתוח את %1</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>התנתקתם.</translation>
    </message>
    <message>
        <source>Your session ended (%1). Sign in again; nothing waiting to be sent is lost.</source>
        <translation>ההתחברות שלכם הסתיימה (%1). התחברו שוב; שום דבר שממתין לשליחה לא אבד.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConversationListDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>אתם: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reply window: %n min left</source>
        <translation>
            <numerusform>חלון המענה: נותרה דקה אחת</numerusform>
            <numerusform>חלון המענה: נותרו %n דקות</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply window closed</source>
        <translation>חלון המענה נסגר</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>סגורה</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>משויכת ל-%1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>הודעה אחת שלא נקראה</numerusform>
            <numerusform>%n הודעות שלא נקראו</numerusform>
        </translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>אתם: %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>משויכת ל-%1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>סגורה</translation>
    </message>
    <message>
        <source>reply window closing</source>
        <translation>חלון המענה עומד להיסגר</translation>
    </message>
    <message>
        <source>reply window closed</source>
        <translation>חלון המענה נסגר</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConversationsPage</name>
    <message>
        <source>Search names, numbers and messages (Ctrl+F)</source>
        <translation>חיפוש שמות, מספרים והודעות (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>חיפוש בשיחות</translation>
    </message>
    <message>
        <source>Show conversations</source>
        <translation>הצגת שיחות</translation>
    </message>
    <message>
        <source>Filter by label</source>
        <translation>סינון לפי תווית</translation>
    </message>
    <message>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>לא נקראו</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>שלי</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>לא משויכות</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתוחות</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>סגורות</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation>שיוך השיחה</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>תוויות</translation>
    </message>
    <message>
        <source>Labels of the conversation</source>
        <translation>תוויות השיחה</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read and answer it.

Alt+Up and Alt+Down move between conversations, Ctrl+K jumps to one.</source>
        <translation>בחרו שיחה מימין כדי לקרוא אותה ולענות.

Alt+Up ו-Alt+Down למעבר בין שיחות, Ctrl+K לקפיצה לשיחה.</translation>
    </message>
    <message>
        <source>No conversations yet.

When customers write to the business&apos;s WhatsApp number, their conversations appear here. If the number is not connected yet, an admin can connect it on the Connection page.</source>
        <translation>עדיין אין שיחות.

כשלקוחות כותבים למספר ה-WhatsApp של העסק, השיחות שלהם מופיעות כאן. אם המספר עדיין לא מחובר, מנהל יכול לחבר אותו בדף &quot;חיבור&quot;.</translation>
    </message>
    <message>
        <source>No conversation matches. Choose “All” or clear the search to see every conversation.</source>
        <translation>אין שיחות מתאימות. בחרו &quot;הכול&quot; או נקו את החיפוש כדי לראות את כל השיחות.</translation>
    </message>
    <message>
        <source>Open the Connection page</source>
        <translation>פתיחת הדף &quot;חיבור&quot;</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>כל התוויות</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>שיחה עם %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>לא משויכת</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>משויכת ל-%1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>פתיחה מחדש של השיחה</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>סגירת השיחה</translation>
    </message>
    <message>
        <source>Closing ends nothing at WhatsApp; the customer&apos;s next message opens it again.</source>
        <translation>הסגירה לא משנה דבר ב-WhatsApp; ההודעה הבאה של הלקוח תפתח את השיחה מחדש.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>שיוך</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation>משויכת ל-%1</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>שיוך אל</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>שיוך אליי</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>שיוך ל-%1</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>ביטול השיוך</translation>
    </message>
    <message>
        <source>No colleagues to assign to</source>
        <translation>אין עמיתים שאפשר לשייך אליהם</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>תוויות (%1)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>לא נשמר</translation>
    </message>
    <message>
        <source>Files cannot be sent yet</source>
        <translation>עדיין אי אפשר לשלוח קבצים</translation>
    </message>
    <message>
        <source>This relay cannot pass files on to WhatsApp yet. Send a link to the file instead; the text was not sent, so nothing is lost.</source>
        <translation>שרת הממסר הזה עדיין לא יכול להעביר קבצים ל-WhatsApp. שלחו במקום זאת קישור לקובץ; הטקסט לא נשלח, כך ששום דבר לא אבד.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>לא נשלחה</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>ההערה לא נשמרה</translation>
    </message>
    <message>
        <source>Not retried</source>
        <translation>הניסיון החוזר לא בוצע</translation>
    </message>
    <message>
        <source>Reaction not sent</source>
        <translation>התגובה לא נשלחה</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>פעולות על ההודעה</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>תשובה</translation>
    </message>
    <message>
        <source>You</source>
        <translation>אתם</translation>
    </message>
    <message>
        <source>React</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>העתקת הטקסט</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Go to conversation</source>
        <translation>מעבר לשיחה</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translation>שם או מספר:</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>שם או מספר</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>נמצאה שיחה אחת</numerusform>
            <numerusform>נמצאו %n שיחות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>הודעה אחת</numerusform>
            <numerusform>%n הודעות</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>לא ניתן לפתוח את הקובץ</translation>
    </message>
    <message>
        <source>It could not be fetched: %1</source>
        <translation>לא ניתן היה להביא אותו: %1</translation>
    </message>
    <message>
        <source>No labels yet: an admin of the business can create them here</source>
        <translation>אין עדיין תוויות: מנהלי העסק יכולים ליצור אותן כאן</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>תווית חדשה…</translation>
    </message>
    <message>
        <source>New quick reply…</source>
        <translation>תשובה מהירה חדשה…</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>תווית חדשה</translation>
    </message>
    <message>
        <source>Label name:</source>
        <translation>שם התווית:</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>צבע התווית</translation>
    </message>
    <message>
        <source>The label was not created</source>
        <translation>התווית לא נוצרה</translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation>תשובה מהירה חדשה</translation>
    </message>
    <message>
        <source>Shortcut (for example /hours):</source>
        <translation>קיצור (לדוגמה ‎/hours):</translation>
    </message>
    <message>
        <source>Text in English (may be empty):</source>
        <translation>הטקסט באנגלית (אפשר להשאיר ריק):</translation>
    </message>
    <message>
        <source>Text in Hebrew (may be empty):</source>
        <translation>הטקסט בעברית (אפשר להשאיר ריק):</translation>
    </message>
    <message>
        <source>The quick reply was not created</source>
        <translation>התשובה המהירה לא נוצרה</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>שמירה בשם</translation>
    </message>
    <message>
        <source>The file could not be written to %1.</source>
        <translation>לא ניתן היה לכתוב את הקובץ אל %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::CustomerAlerts</name>
    <message>
        <source>Sent a message (%1)</source>
        <translation>נשלחה הודעה (%1)</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>הודעה מאת %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::CustomerListModel</name>
    <message>
        <source>never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>הוציא</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>הזמנה אחרונה</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>הסכים לדיוור</translation>
    </message>
</context>
<context>
    <name>Switchboard::CustomersPage</name>
    <message>
        <source>Export customers</source>
        <translation>ייצוא לקוחות</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>גיליון (*.csv)</translation>
    </message>
    <message>
        <source>The customers were saved to %1.</source>
        <translation>הלקוחות נשמרו ב-%1.</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>לא נבחר לקוח</translation>
    </message>
    <message>
        <source>Choose a customer in the table to see their orders and notes.</source>
        <translation>בחרו לקוח בטבלה כדי לראות את ההזמנות וההערות שלו.</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 · no orders yet</source>
        <translation>%1 · עדיין אין הזמנות</translation>
    </message>
    <message>
        <source>%1 · %2 orders, %3 spent, %4 on average · first order %5, last %6</source>
        <translation>%1 · %2 הזמנות, הוציא %3, %4 בממוצע · הזמנה ראשונה %5, אחרונה %6</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>השינוי לא נשמר: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>אי אפשר לכתוב את %1: %2. בחרו מקום אחר.</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 לקוחות</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 מתוך %2 לקוחות</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Search customers by name, number, tag or note</source>
        <translation>חיפוש לקוחות לפי שם, מספר, תגית או הערה</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>חיפוש לקוחות</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;ייצוא CSV…</translation>
    </message>
    <message>
        <source>Save the customers shown as a spreadsheet (CSV, UTF-8)</source>
        <translation>שמרו את הלקוחות המוצגים כגיליון (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>The name staff know them by</source>
        <translation>השם שהצוות מכיר אותם בו</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;תגיות:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. regular, vegan</source>
        <translation>מופרדות בפסיקים, למשל קבוע, טבעוני</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <source>Agreed to receive &amp;marketing messages</source>
        <translation>הסכים לקבל הודעות &amp;שיווק</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;שמור</translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation>פתח &amp;שיחה</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>ה&amp;זמנות</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>אין עדיין לקוחות</translation>
    </message>
    <message>
        <source>Everyone who writes to your WhatsApp number appears here, with what they ordered. Connect a number on the Connection page to start.</source>
        <translation>כל מי שכותב למספר ה-WhatsApp שלכם מופיע כאן, עם מה שהזמין. חברו מספר בעמוד &quot;חיבור&quot; כדי להתחיל.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
</context>
<context>
    <name>Switchboard::EmbeddedSignupDialog</name>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation>חיבור מספר WhatsApp</translation>
    </message>
    <message>
        <source>Signup status</source>
        <translation>מצב ההרשמה</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>בתהליך</translation>
    </message>
    <message>
        <source>Retry the signup</source>
        <translation>ניסיון חוזר של ההרשמה</translation>
    </message>
    <message>
        <source>Signup page</source>
        <translation>דף ההרשמה</translation>
    </message>
    <message>
        <source>Meta&apos;s signup page appears here once the relay is ready.</source>
        <translation>דף ההרשמה של Meta יופיע כאן כששרת הממסר יהיה מוכן.</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;התקדמות</translation>
    </message>
    <message>
        <source>Signup progress</source>
        <translation>התקדמות ההרשמה</translation>
    </message>
    <message>
        <source>Cancel the signup</source>
        <translation>ביטול ההרשמה</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>בהפעלה…</translation>
    </message>
    <message>
        <source>You cannot connect a number for this business: %1 Ask an owner or an admin.</source>
        <translation>אין לכם הרשאה לחבר מספר לעסק הזה: %1 בקשו מהבעלים או ממנהל.</translation>
    </message>
    <message>
        <source>The signup could not start: %1</source>
        <translation>לא ניתן היה להתחיל את ההרשמה: %1</translation>
    </message>
    <message>
        <source>The relay did not start the signup (its answer has no state).</source>
        <translation>שרת הממסר לא התחיל את ההרשמה (בתשובה שלו חסר הערך state).</translation>
    </message>
    <message>
        <source>Loading Meta&apos;s signup…</source>
        <translation>טעינת ההרשמה של Meta…</translation>
    </message>
    <message>
        <source>The relay&apos;s signup page could not be loaded. Check the connection to the relay and try again.</source>
        <translation>לא ניתן היה לטעון את דף ההרשמה משרת הממסר. בדקו את החיבור לשרת הממסר ונסו שוב.</translation>
    </message>
    <message>
        <source>The signup page stopped unexpectedly. Try again.</source>
        <translation>דף ההרשמה הפסיק לפעול באופן לא צפוי. נסו שוב.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>בוטל: %1</translation>
    </message>
    <message>
        <source>Meta&apos;s window was closed before the signup was finished</source>
        <translation>החלון של Meta נסגר לפני שההרשמה הושלמה</translation>
    </message>
    <message>
        <source>Press “Continue with Facebook” to try again.</source>
        <translation>לחצו על &quot;המשך עם Facebook&quot; כדי לנסות שוב.</translation>
    </message>
    <message>
        <source>Continue in Meta&apos;s window.</source>
        <translation>המשיכו בחלון של Meta.</translation>
    </message>
    <message>
        <source>Press “Continue with Facebook” to open Meta&apos;s window.</source>
        <translation>לחצו על &quot;המשך עם Facebook&quot; כדי לפתוח את החלון של Meta.</translation>
    </message>
    <message>
        <source>Connecting your number…</source>
        <translation>חיבור המספר שלכם…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>החיבור הושלם.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Ready: press “Continue with Facebook”</source>
        <translation>מוכן: לחצו על &quot;המשך עם Facebook&quot;</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s window</source>
        <translation>בהמתנה לחלון של Meta</translation>
    </message>
    <message>
        <source>Meta&apos;s window is open</source>
        <translation>החלון של Meta פתוח</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>הקוד התקבל</translation>
    </message>
    <message>
        <source>Account and number chosen in Meta&apos;s window</source>
        <translation>החשבון והמספר נבחרו בחלון של Meta</translation>
    </message>
    <message>
        <source>Exchanging the code and connecting your number…</source>
        <translation>המרת הקוד וחיבור המספר שלכם…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>מחובר: %1</translation>
    </message>
    <message>
        <source>stopped at “%1” in Meta&apos;s window</source>
        <translation>התהליך נעצר בשלב &quot;%1&quot; בחלון של Meta</translation>
    </message>
    <message>
        <source>Meta reported an error: %1</source>
        <translation>Meta דיווחה על שגיאה: %1</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>לא נמסרו פרטים</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>נכשל: %1</translation>
    </message>
    <message>
        <source>Failed: Meta&apos;s sign-in could not be loaded. Check the network and try again.</source>
        <translation>נכשל: לא ניתן היה לטעון את ההתחברות של Meta. בדקו את החיבור לרשת ונסו שוב.</translation>
    </message>
    <message>
        <source>the relay gave no reason</source>
        <translation>שרת הממסר לא מסר סיבה</translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation>שלב &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Switchboard::KitchenTicket</name>
    <message>
        <source>Order #%1</source>
        <translation>הזמנה מספר %1</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>איסוף עצמי</translation>
    </message>
    <message>
        <source>Pickup or delivery not said</source>
        <translation>לא צוין איסוף או משלוח</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>כתובת: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>לקוח: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>הערה: %1</translation>
    </message>
    <message>
        <source>Order notes: %1</source>
        <translation>הערות להזמנה: %1</translation>
    </message>
    <message>
        <source>Check this order with the customer</source>
        <translation>יש לוודא הזמנה זו עם הלקוח</translation>
    </message>
    <message>
        <source>The ticket could not be written to %1. Check that the folder exists and has free space.</source>
        <translation>לא ניתן היה לכתוב את הכרטיס אל %1. יש לוודא שהתיקייה קיימת ושיש בה מקום פנוי.</translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>תפריט</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>חיבור</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>ניתוח נתונים</translation>
    </message>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation>חיבור מספר WhatsApp</translation>
    </message>
    <message>
        <source>Everyone who has written to your business, with their notes and tags.</source>
        <translation>כל מי שכתב לעסק שלך, עם ההערות והתגיות שלו.</translation>
    </message>
    <message>
        <source>Your products and prices, used to recognise orders in messages.</source>
        <translation>המוצרים והמחירים שלך, המשמשים לזיהוי הזמנות בהודעות.</translation>
    </message>
    <message>
        <source>Approved message templates let you write to customers after 24 hours.</source>
        <translation>תבניות הודעה מאושרות מאפשרות לכתוב ללקוחות גם אחרי 24 שעות.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;אודות Switchboard</translation>
    </message>
    <message>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>מעבר אל %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>דפים</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>עסק</translation>
    </message>
    <message>
        <source>The business you are working for</source>
        <translation>העסק שבו אתם עובדים כעת</translation>
    </message>
    <message>
        <source>Messages from your customers will appear here as they arrive. The inbox itself comes in the next version of Switchboard.</source>
        <translation>הודעות מהלקוחות שלכם יופיעו כאן כשהן מגיעות. תיבת ההודעות הנכנסות עצמה תגיע בגרסה הבאה של Switchboard.</translation>
    </message>
    <message>
        <source>Orders placed in WhatsApp messages will be listed here, newest first.</source>
        <translation>הזמנות שבוצעו בהודעות WhatsApp יופיעו כאן, מהחדשה ביותר.</translation>
    </message>
    <message>
        <source>Charts of orders and response times appear once there is activity.</source>
        <translation>תרשימים של הזמנות וזמני תגובה יופיעו כשתהיה פעילות.</translation>
    </message>
    <message>
        <source>Loading the connection…</source>
        <translation>טעינת פרטי החיבור…</translation>
    </message>
    <message>
        <source>Sign in to see your WhatsApp connection.</source>
        <translation>התחברו כדי לראות את חיבור ה-WhatsApp שלכם.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;התנתקות</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>ע&amp;סק</translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation>&amp;חיפוש בשיחות</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) on this computer</source>
        <translation>
            <numerusform>שיחה אחת במחשב הזה</numerusform>
            <numerusform>%n שיחות במחשב הזה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on this computer</source>
        <translation>
            <numerusform>הזמנה אחת במחשב הזה</numerusform>
            <numerusform>%n הזמנות במחשב הזה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) on this computer</source>
        <translation>
            <numerusform>לקוח אחד במחשב הזה</numerusform>
            <numerusform>%n לקוחות במחשב הזה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) on this computer</source>
        <translation>
            <numerusform>מוצר אחד במחשב הזה</numerusform>
            <numerusform>%n מוצרים במחשב הזה</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) on this computer</source>
        <translation>
            <numerusform>תבנית אחת במחשב הזה</numerusform>
            <numerusform>%n תבניות במחשב הזה</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to a conversation…</source>
        <translation>&amp;מעבר לשיחה…</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>השיחה ה&amp;קודמת</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>השיחה ה&amp;באה</translation>
    </message>
    <message>
        <source>Send the message (in the message field)</source>
        <translation>שליחת ההודעה (בשדה ההודעה)</translation>
    </message>
    <message>
        <source>Send the message, also when Enter makes a new line</source>
        <translation>שליחת ההודעה, גם כש-Enter יוצר שורה חדשה</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>שורה חדשה בהודעה</translation>
    </message>
    <message>
        <source>Leave reply mode</source>
        <translation>יציאה ממצב תשובה</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualConnectionForm</name>
    <message>
        <source>Connect with this token</source>
        <translation>חיבור עם האסימון הזה</translation>
    </message>
    <message>
        <source>For a business that already has a WhatsApp Business account and a permanent access token (a system user&apos;s token from Meta Business Settings).</source>
        <translation>לעסק שכבר יש לו חשבון WhatsApp Business ואסימון גישה קבוע (אסימון של משתמש מערכת מ-Meta Business Settings).</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;אסימון גישה:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp Business account ID:</source>
        <translation>&amp;מזהה חשבון WhatsApp Business:</translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation>מזהה מספר ה&amp;טלפון:</translation>
    </message>
    <message>
        <source>Fill in the access token, the WhatsApp Business account ID and the phone number ID.</source>
        <translation>מלאו את אסימון הגישה, את מזהה חשבון WhatsApp Business ואת מזהה מספר הטלפון.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>החיבור לא בוצע: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::MenuImportDialog</name>
    <message>
        <source>(none)</source>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Hebrew name</source>
        <translation>שם בעברית</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק&quot;ט</translation>
    </message>
    <message>
        <source>available</source>
        <translation>זמין</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>אזל</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>זמינות</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>שמות נוספים</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>Place on the menu: %1 → %2</source>
        <translation>מקום בתפריט: %1 ← %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>ייבוא %1</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>מה הייבוא משנה</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>מוצר</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>נוספו (%n)</numerusform>
            <numerusform>נוספו (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>השתנו (%n)</numerusform>
            <numerusform>השתנו (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>הוסרו (%n)</numerusform>
            <numerusform>הוסרו (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the file: leaves the menu</source>
        <translation>לא בקובץ: יוצא מהתפריט</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;החל</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>החל את הייבוא</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>בטל את הייבוא</translation>
    </message>
    <message>
        <source>The file matches the menu: importing it changes nothing.</source>
        <translation>הקובץ תואם לתפריט: הייבוא לא משנה דבר.</translation>
    </message>
    <message>
        <source>Importing this file replaces the menu: %1 added, %2 changed, %3 removed. Nothing has changed yet; Apply makes the change.</source>
        <translation>ייבוא הקובץ מחליף את התפריט: %1 נוספו, %2 השתנו, %3 הוסרו. עדיין לא השתנה דבר; &quot;החל&quot; מבצע את השינוי.</translation>
    </message>
</context>
<context>
    <name>Switchboard::MenuPage</name>
    <message>
        <source>Search the menu by name, Hebrew name, SKU or other name</source>
        <translation>חיפוש בתפריט לפי שם, שם בעברית, מק&quot;ט או שם נוסף</translation>
    </message>
    <message>
        <source>Search the menu</source>
        <translation>חיפוש בתפריט</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Show one category of the menu</source>
        <translation>הצג קטגוריה אחת של התפריט</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>מוצר &amp;חדש</translation>
    </message>
    <message>
        <source>Add a product to the menu</source>
        <translation>הוסף מוצר לתפריט</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ייבוא…</translation>
    </message>
    <message>
        <source>Import a menu from a CSV or JSON file</source>
        <translation>ייבא תפריט מקובץ CSV או JSON</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, or a JSON file; you see what changes before anything does</source>
        <translation>גיליון שנשמר כ-CSV, או קובץ JSON; רואים מה משתנה לפני שמשהו משתנה</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;ייצוא</translation>
    </message>
    <message>
        <source>Export the menu to a file</source>
        <translation>ייצא את התפריט לקובץ</translation>
    </message>
    <message>
        <source>As a spreadsheet (CSV)…</source>
        <translation>כגיליון (CSV)…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>כ-JSON…</translation>
    </message>
    <message>
        <source>Products of the menu</source>
        <translation>מוצרי התפריט</translation>
    </message>
    <message>
        <source>Enter opens a product. Drag rows, or press Ctrl+Up and Ctrl+Down, to change their place on the menu. Space on the Available column marks a product sold out.</source>
        <translation>Enter פותח מוצר. גררו שורות, או הקישו Ctrl+למעלה ו-Ctrl+למטה, כדי לשנות את מקומן בתפריט. רווח בעמודת &quot;זמין&quot; מסמן מוצר שאזל.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>הזז למעלה</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>הזז למטה</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>מחק מוצר</translation>
    </message>
    <message>
        <source>The menu is empty</source>
        <translation>התפריט ריק</translation>
    </message>
    <message>
        <source>Add the products customers order, with their names in English and Hebrew, prices and choices such as size or extras. A menu you already have in a spreadsheet comes in with Import (save it as CSV first).</source>
        <translation>הוסיפו את המוצרים שלקוחות מזמינים, עם שמותיהם באנגלית ובעברית, מחירים ובחירות כמו גודל או תוספות. תפריט שכבר יש לכם בגיליון נכנס ב&quot;ייבוא&quot; (שמרו אותו קודם כ-CSV).</translation>
    </message>
    <message>
        <source>Add the first product</source>
        <translation>הוסף את המוצר הראשון</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;נסה שוב</translation>
    </message>
    <message>
        <source>Send the refused menu changes again</source>
        <translation>שלח שוב את שינויי התפריט שנדחו</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;בטל</translation>
    </message>
    <message>
        <source>Discard the refused menu changes</source>
        <translation>בטל את שינויי התפריט שנדחו</translation>
    </message>
    <message>
        <source>Menu changes waiting</source>
        <translation>שינויי תפריט ממתינים</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>כל הקטגוריות</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n מוצרים</numerusform>
            <numerusform>%n מוצרים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 מתוך %n מוצרים</numerusform>
            <numerusform>%1 מתוך %n מוצרים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the menu were refused by the relay. %1 Correct it and save again, or discard.</source>
        <translation>
            <numerusform>%n שינויים בתפריט נדחו על ידי הממסר. %1 תקנו ושמרו שוב, או בטלו.</numerusform>
            <numerusform>%n שינויים בתפריט נדחו על ידי הממסר. %1 תקנו ושמרו שוב, או בטלו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s) to the menu…</source>
        <translation>
            <numerusform>שומר %n שינויים בתפריט…</numerusform>
            <numerusform>שומר %n שינויים בתפריט…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the menu will be saved when the relay is back.</source>
        <translation>
            <numerusform>%n שינויים בתפריט יישמרו כשהממסר יחזור.</numerusform>
            <numerusform>%n שינויים בתפריט יישמרו כשהממסר יחזור.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>השינוי לא נשמר: %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>למחוק את %1?</translation>
    </message>
    <message>
        <source>%1 leaves the menu, and customers&apos; messages are no longer matched to it. Orders already taken keep it.</source>
        <translation>%1 יוצא מהתפריט, והודעות של לקוחות כבר לא יותאמו אליו. הזמנות שכבר התקבלו שומרות אותו.</translation>
    </message>
    <message>
        <source>Import a menu</source>
        <translation>ייבוא תפריט</translation>
    </message>
    <message>
        <source>Menu files (*.csv *.json);;Spreadsheets saved as CSV (*.csv);;JSON (*.json)</source>
        <translation>קובצי תפריט (*.csv *.json);;גיליונות שנשמרו כ-CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 is too large for a menu (more than 8 MB). Check that it is the right file.</source>
        <translation>%1 גדול מדי לתפריט (יותר מ-8 MB). בדקו שזה הקובץ הנכון.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>אי אפשר לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with the menu…</source>
        <translation>משווה את %1 לתפריט…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>מייבא את %1…</translation>
    </message>
    <message>
        <source>The relay cannot be reached, and importing needs it: it compares the file with the menu. Nothing was changed; import again when the connection is back.</source>
        <translation>אין חיבור לממסר, והייבוא זקוק לו: הוא משווה את הקובץ לתפריט. דבר לא השתנה; ייבאו שוב כשהחיבור יחזור.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Correct the file and import it again; nothing was changed.</source>
        <translation>%1 לא יובא: %2 תקנו את הקובץ וייבאו שוב; דבר לא השתנה.</translation>
    </message>
    <message>
        <source>%1 imported: %2 added, %3 changed, %4 removed.</source>
        <translation>%1 יובא: %2 נוספו, %3 השתנו, %4 הוסרו.</translation>
    </message>
    <message>
        <source>Import cancelled; the menu is as it was.</source>
        <translation>הייבוא בוטל; התפריט כפי שהיה.</translation>
    </message>
    <message>
        <source>Export the menu</source>
        <translation>ייצוא התפריט</translation>
    </message>
    <message>
        <source>menu.csv</source>
        <translation>menu.csv</translation>
    </message>
    <message>
        <source>menu.json</source>
        <translation>menu.json</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>גיליון (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The relay cannot be reached, and the export comes from it. Try again when the connection is back.</source>
        <translation>אין חיבור לממסר, והייצוא מגיע ממנו. נסו שוב כשהחיבור יחזור.</translation>
    </message>
    <message>
        <source>The menu was not exported: %1</source>
        <translation>התפריט לא יוצא: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>אי אפשר לכתוב את %1: %2. בחרו מקום אחר.</translation>
    </message>
    <message>
        <source>The menu was saved to %1.</source>
        <translation>התפריט נשמר ב-%1.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>תפריט</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageBubbleDelegate</name>
    <message>
        <source>New messages</source>
        <translation>הודעות חדשות</translation>
    </message>
    <message>
        <source>%1 · click to open</source>
        <translation>%1 · לחצו לפתיחה</translation>
    </message>
    <message>
        <source>%1 · click to play</source>
        <translation>%1 · לחצו להשמעה</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ניסיון חוזר</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageListModel</name>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>הערה פנימית של %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>אתם</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>אתם (%1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageWords</name>
    <message>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>מדבקה</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>הודעה קולית</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>סרטון</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>איש קשר</translation>
    </message>
    <message>
        <source>Reply to options</source>
        <translation>בחירה מתוך אפשרויות</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>תשובה בלחיצה על כפתור</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <source>Order from the catalog</source>
        <translation>הזמנה מהקטלוג</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>הודעת מערכת</translation>
    </message>
    <message>
        <source>Template message</source>
        <translation>הודעת תבנית</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <source>A message type WhatsApp does not let businesses see</source>
        <translation>סוג הודעה ש-WhatsApp לא מאפשרת לעסקים לראות</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message numerus="yes">
        <source>Order from the catalog: %n item(s)</source>
        <translation>
            <numerusform>הזמנה מהקטלוג: פריט אחד</numerusform>
            <numerusform>הזמנה מהקטלוג: %n פריטים</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation>התגובה הוסרה</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>תגובה: %1</translation>
    </message>
    <message>
        <source>Chose “%1”</source>
        <translation>נבחר: “%1”</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>ממתינה לשליחה</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>בשליחה</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>נמסרה</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>נקראה</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>לא נמסרה</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>נשמרה</translation>
    </message>
    <message>
        <source>More than 24 hours passed since the customer last wrote, so WhatsApp only allows an approved template. Send a template instead.</source>
        <translation>עברו יותר מ-24 שעות מאז שהלקוח כתב בפעם האחרונה, ולכן WhatsApp מאפשרת לשלוח רק תבנית מאושרת. שלחו תבנית במקום זאת.</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver it: the number may not use WhatsApp, have an old version, or have blocked the business. Reach the customer another way.</source>
        <translation>WhatsApp לא הצליחה למסור את ההודעה: ייתכן שהמספר לא משתמש ב-WhatsApp, שמותקנת בו גרסה ישנה או שהוא חסם את העסק. צרו קשר עם הלקוח בדרך אחרת.</translation>
    </message>
    <message>
        <source>Meta held this marketing message back to avoid too many for this customer. Wait a day before sending it again.</source>
        <translation>Meta עיכבה את הודעת השיווק הזו כדי שהלקוח לא יקבל יותר מדי הודעות כאלה. המתינו יום לפני שתשלחו אותה שוב.</translation>
    </message>
    <message>
        <source>The customer stopped marketing messages from the business.</source>
        <translation>הלקוח ביטל את קבלת הודעות השיווק מהעסק.</translation>
    </message>
    <message>
        <source>Too many of the business&apos;s messages were blocked or reported, so sending is limited. Slow down and check the number&apos;s quality.</source>
        <translation>יותר מדי הודעות של העסק נחסמו או דווחו, ולכן השליחה מוגבלת. האטו את הקצב ובדקו את דירוג האיכות של המספר.</translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time. Wait a little and retry.</source>
        <translation>יותר מדי הודעות ללקוח הזה בזמן קצר. המתינו מעט ונסו שוב.</translation>
    </message>
    <message>
        <source>WhatsApp could not process the attached file. Check its type and try another.</source>
        <translation>WhatsApp לא הצליחה לעבד את הקובץ המצורף. בדקו את סוג הקובץ ונסו קובץ אחר.</translation>
    </message>
    <message>
        <source>The customer&apos;s file could not be downloaded. Ask them to send it again.</source>
        <translation>לא ניתן היה להוריד את הקובץ של הלקוח. בקשו ממנו לשלוח אותו שוב.</translation>
    </message>
    <message>
        <source>The number is sending faster than WhatsApp allows. It will go a little later.</source>
        <translation>המספר שולח מהר יותר ממה ש-WhatsApp מאפשרת. ההודעה תישלח מעט מאוחר יותר.</translation>
    </message>
    <message>
        <source>WhatsApp had a temporary problem. Retry in a moment.</source>
        <translation>ב-WhatsApp הייתה תקלה זמנית. נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>The template&apos;s fields do not match the template. Check the values.</source>
        <translation>השדות שמולאו לא תואמים לתבנית. בדקו את הערכים.</translation>
    </message>
    <message>
        <source>The template does not exist or is not approved in this language.</source>
        <translation>התבנית לא קיימת או שאינה מאושרת בשפה הזו.</translation>
    </message>
    <message>
        <source>The template is paused by Meta for low quality.</source>
        <translation>Meta השהתה את התבנית בגלל איכות נמוכה.</translation>
    </message>
    <message>
        <source>The template was disabled by Meta. Create a new one.</source>
        <translation>Meta השביתה את התבנית. צרו תבנית חדשה.</translation>
    </message>
    <message>
        <source>The WhatsApp account is locked. An admin should check the Connection page.</source>
        <translation>חשבון ה-WhatsApp נעול. מנהל צריך לבדוק את הדף &quot;חיבור&quot;.</translation>
    </message>
    <message>
        <source>The connection to WhatsApp expired. An admin should reconnect it.</source>
        <translation>תוקף החיבור ל-WhatsApp פג. מנהל צריך לחבר אותו מחדש.</translation>
    </message>
    <message>
        <source>The WhatsApp account is restricted for a policy violation.</source>
        <translation>חשבון ה-WhatsApp הוגבל בגלל הפרת מדיניות.</translation>
    </message>
    <message>
        <source>Meta refused it for a payment problem of the business account.</source>
        <translation>Meta דחתה את ההודעה בגלל בעיית תשלום בחשבון העסקי.</translation>
    </message>
    <message>
        <source>WhatsApp did not deliver it.</source>
        <translation>WhatsApp לא מסרה את ההודעה.</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>תבנית “%1”</translation>
    </message>
    <message>
        <source>Template “%1”: %2</source>
        <translation>תבנית “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NewOrderAlarm</name>
    <message>
        <source>New order #%1 from %2</source>
        <translation>הזמנה חדשה #%1 מ%2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderBoard</name>
    <message>
        <source>Delivered today</source>
        <translation>נמסרו היום</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 orders: %2</source>
        <translation>הזמנות ב%1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderDetail</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>after saving</source>
        <translation>אחרי השמירה</translation>
    </message>
    <message>
        <source>Choose an order on the board or in the table to see it here: its items, the customer&apos;s message, its timeline and what to do next.</source>
        <translation>בחרו הזמנה בלוח או בטבלה כדי לראות אותה כאן: הפריטים, הודעת הלקוח, ציר הזמן ומה לעשות הלאה.</translation>
    </message>
    <message>
        <source>Customer&apos;s message</source>
        <translation>הודעת הלקוח</translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation>פתח &amp;שיחה</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;פריטים</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>פריט</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>סכום</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוסף</translation>
    </message>
    <message>
        <source>Menu item to add</source>
        <translation>פריט מהתפריט להוספה</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;הסר פריט</translation>
    </message>
    <message>
        <source>Pickup or &amp;delivery:</source>
        <translation>איסוף או &amp;משלוח:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;שמור שינויים</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;ציר זמן</translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation>סמן כ&amp;נבדקה</translation>
    </message>
    <message>
        <source>Re&amp;print ticket</source>
        <translation>הדפס &amp;שוב כרטיס</translation>
    </message>
    <message>
        <source>&amp;Print ticket</source>
        <translation>&amp;הדפס כרטיס</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>הזמנה מס׳ %1 · %2</translation>
    </message>
    <message>
        <source>%1 · taken %2 · from %3</source>
        <translation>%1 · התקבלה %2 · מ%3</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>אין לקוח</translation>
    </message>
    <message>
        <source>Check this order against the message before confirming it: %1</source>
        <translation>בדקו את ההזמנה מול ההודעה לפני שמאשרים: %1</translation>
    </message>
    <message>
        <source>the message was not clear</source>
        <translation>ההודעה לא הייתה ברורה</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>סה&quot;כ %1</translation>
    </message>
    <message>
        <source>Where to deliver</source>
        <translation>לאן לשלוח</translation>
    </message>
    <message>
        <source>Only for delivery</source>
        <translation>רק למשלוח</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderListModel</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>check it</source>
        <translation>לבדוק</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Check this order before confirming it: %1</source>
        <translation>בדקו את ההזמנה לפני שמאשרים: %1</translation>
    </message>
    <message>
        <source>the message was not clear</source>
        <translation>ההודעה לא הייתה ברורה</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>פריטים</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>סה&quot;כ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Pickup or delivery</source>
        <translation>איסוף או משלוח</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderWords</name>
    <message>
        <source>Pending</source>
        <translation>ממתינה</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>בהכנה</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>מוכנה</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>במשלוח</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>נמסרה</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>החזר להמתנה</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>אשר</translation>
    </message>
    <message>
        <source>Start preparing</source>
        <translation>התחל הכנה</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>סמן מוכנה</translation>
    </message>
    <message>
        <source>Send out for delivery</source>
        <translation>שלח למשלוח</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>סמן נמסרה</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>בטל הזמנה…</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>איסוף</translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation>עדיין לא נאמר</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>קטלוג</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>ידנית</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrdersPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 דק׳</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <source>Order #%1 cannot go from %2 to %3.</source>
        <translation>הזמנה #%1 לא יכולה לעבור מ%2 ל%3.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>השינוי לא נשמר: %1</translation>
    </message>
    <message>
        <source>Order #%1 is %2: it has no next step.</source>
        <translation>הזמנה #%1 %2: אין לה שלב הבא.</translation>
    </message>
    <message>
        <source>Cancel order #%1</source>
        <translation>ביטול הזמנה #%1</translation>
    </message>
    <message>
        <source>Why is the order cancelled? The customer is told.</source>
        <translation>למה ההזמנה מבוטלת? הלקוח יקבל הודעה.</translation>
    </message>
    <message>
        <source>An order is cancelled with a reason, for the customer and the timeline.</source>
        <translation>הזמנה מבוטלת עם סיבה, בשביל הלקוח וציר הזמן.</translation>
    </message>
    <message>
        <source>Order #%1 was not changed: %2</source>
        <translation>הזמנה #%1 לא שונתה: %2</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>אין הזמנה כזו.</translation>
    </message>
    <message>
        <source>Ticket of order #%1 sent to %2.</source>
        <translation>הכרטיס של הזמנה #%1 נשלח ל-%2.</translation>
    </message>
    <message>
        <source>The ticket could not be saved: the folder %1 cannot be made.</source>
        <translation>אי אפשר לשמור את הכרטיס: אי אפשר ליצור את התיקייה %1.</translation>
    </message>
    <message>
        <source>No printer is set up: the ticket of order #%1 is saved as %2.</source>
        <translation>אין מדפסת מוגדרת: הכרטיס של הזמנה #%1 נשמר כ-%2.</translation>
    </message>
    <message>
        <source>New order #%1 from %2 is waiting for you.</source>
        <translation>הזמנה חדשה #%1 מ%2 מחכה לך.</translation>
    </message>
    <message>
        <source>%1 new orders are waiting, the first #%2 from %3.</source>
        <translation>%1 הזמנות חדשות מחכות, הראשונה #%2 מ%3.</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>הזמנות היום</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>הכנסות היום</translation>
    </message>
    <message>
        <source>Confirmed to ready, on average</source>
        <translation>מאישור עד מוכנה, בממוצע</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
    <message>
        <source>Orders today: %1</source>
        <translation>הזמנות היום: %1</translation>
    </message>
    <message>
        <source>Revenue today: %1</source>
        <translation>הכנסות היום: %1</translation>
    </message>
    <message>
        <source>Confirmed to ready, on average: %1</source>
        <translation>מאישור עד מוכנה, בממוצע: %1</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;לוח</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;טבלה</translation>
    </message>
    <message>
        <source>Orders by status: drag a card, or press Return to move it on</source>
        <translation>הזמנות לפי מצב: גררו כרטיס, או הקישו Enter כדי להעביר אותו הלאה</translation>
    </message>
    <message>
        <source>Every order in a table, with a filter</source>
        <translation>כל ההזמנות בטבלה, עם סינון</translation>
    </message>
    <message>
        <source>Search orders by number, customer, phone or item</source>
        <translation>חיפוש הזמנות לפי מספר, לקוח, טלפון או פריט</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>חיפוש הזמנות</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>הזמנות פתוחות</translation>
    </message>
    <message>
        <source>Today&apos;s orders</source>
        <translation>ההזמנות של היום</translation>
    </message>
    <message>
        <source>Orders to check</source>
        <translation>הזמנות לבדיקה</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>כל ההזמנות</translation>
    </message>
    <message>
        <source>Which orders the table shows</source>
        <translation>אילו הזמנות הטבלה מציגה</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;אישור קבלה</translation>
    </message>
    <message>
        <source>&amp;Show order</source>
        <translation>&amp;הצג הזמנה</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>אין עדיין הזמנות</translation>
    </message>
    <message>
        <source>When a customer orders on WhatsApp (&quot;2 margherita and a coke, delivery to Herzl 15&quot;), the order appears here priced from your menu, with a bell. Set up the menu first on the Menu page so that messages can be read as orders.</source>
        <translation>כשלקוח מזמין בוואטסאפ (&quot;2 מרגריטה וקולה, משלוח להרצל 15&quot;), ההזמנה מופיעה כאן מתומחרת לפי התפריט, עם צלצול. הגדירו קודם את התפריט בעמוד &quot;תפריט&quot; כדי שהודעות ייקראו כהזמנות.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProductEditor</name>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>מוצר חדש</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>עריכת מוצר</translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation>&amp;שם (אנגלית):</translation>
    </message>
    <message>
        <source>Name in &amp;Hebrew:</source>
        <translation>שם ב&amp;עברית:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;קטגוריה:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;מק&quot;ט:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>שמות &amp;נוספים:</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>זמינות:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;מחיר:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>ILS</source>
        <translation>ILS</translation>
    </message>
    <message>
        <source>The currency&apos;s three-letter code, e.g. ILS</source>
        <translation>קוד המטבע בשלוש אותיות, למשל ILS</translation>
    </message>
    <message>
        <source>Words customers use for it, separated by commas</source>
        <translation>מילים שלקוחות משתמשים בהן, מופרדות בפסיקים</translation>
    </message>
    <message>
        <source>Leave empty when it is the same as the English name</source>
        <translation>השאירו ריק כשהוא זהה לשם באנגלית</translation>
    </message>
    <message>
        <source>Available to order</source>
        <translation>זמין להזמנה</translation>
    </message>
    <message>
        <source>&amp;Variants (each row is one option of a group such as Size or Extras):</source>
        <translation>&amp;אפשרויות (כל שורה היא אפשרות אחת של קבוצה כמו גודל או תוספות):</translation>
    </message>
    <message>
        <source>Variant options</source>
        <translation>אפשרויות המוצר</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>קבוצה</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>חובה</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>אפשרות</translation>
    </message>
    <message>
        <source>Option in Hebrew</source>
        <translation>אפשרות בעברית</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>שינוי מחיר</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>&amp;הוסף אפשרות</translation>
    </message>
    <message>
        <source>Add a variant option</source>
        <translation>הוסף אפשרות</translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation>&amp;הסר אפשרות</translation>
    </message>
    <message>
        <source>Remove the selected variant option</source>
        <translation>הסר את האפשרות שנבחרה</translation>
    </message>
    <message>
        <source>&amp;Delete product…</source>
        <translation>&amp;מחק מוצר…</translation>
    </message>
    <message>
        <source>Delete this product</source>
        <translation>מחק את המוצר הזה</translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation>שמור את המוצר</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Give the product a name in English.</source>
        <translation>תנו למוצר שם באנגלית.</translation>
    </message>
    <message>
        <source>Write the currency as its three-letter code, e.g. ILS.</source>
        <translation>כתבו את המטבע בקוד בן שלוש אותיות, למשל ILS.</translation>
    </message>
    <message>
        <source>Variant option %1 needs both a group and an option name.</source>
        <translation>אפשרות %1 צריכה גם קבוצה וגם שם אפשרות.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProductListModel</name>
    <message>
        <source>Available</source>
        <translation>זמין</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>אזל</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>נקרא גם: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Hebrew name</source>
        <translation>שם בעברית</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
</context>
<context>
    <name>Switchboard::RegistrationPanel</name>
    <message>
        <source>Send the code</source>
        <translation>שליחת הקוד</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>אימות הקוד</translation>
    </message>
    <message>
        <source>Register the number</source>
        <translation>רישום המספר</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>הודעת טקסט (SMS)</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>שיחה קולית</translation>
    </message>
    <message>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <source>Send it &amp;by:</source>
        <translation>שליחה &amp;באמצעות:</translation>
    </message>
    <message>
        <source>&amp;Language of the code:</source>
        <translation>&amp;שפת הקוד:</translation>
    </message>
    <message>
        <source>Six-digit &amp;code:</source>
        <translation>&amp;קוד בן שש ספרות:</translation>
    </message>
    <message>
        <source>Six-digit &amp;PIN:</source>
        <translation>קוד PIN בן שש &amp;ספרות:</translation>
    </message>
    <message>
        <source>The PIN protects the number (two-step verification); keep it somewhere safe. If the number already has one, enter it.</source>
        <translation>קוד ה-PIN מגן על המספר (אימות דו-שלבי); שמרו אותו במקום בטוח. אם כבר יש למספר קוד PIN, הזינו אותו.</translation>
    </message>
    <message>
        <source>1. Get a code from Meta</source>
        <translation>1. קבלת קוד מ-Meta</translation>
    </message>
    <message>
        <source>2. Enter the code</source>
        <translation>2. הזנת הקוד</translation>
    </message>
    <message>
        <source>3. Set a PIN and register</source>
        <translation>3. הגדרת קוד PIN ורישום</translation>
    </message>
    <message>
        <source>Meta is calling the number with the code.</source>
        <translation>Meta מתקשרת כעת למספר כדי למסור את הקוד.</translation>
    </message>
    <message>
        <source>Meta sent the code by text message.</source>
        <translation>Meta שלחה את הקוד בהודעת טקסט.</translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation>הקוד מורכב משש ספרות.</translation>
    </message>
    <message>
        <source>The code is right. Now set a PIN and register the number.</source>
        <translation>הקוד נכון. עכשיו הגדירו קוד PIN ורשמו את המספר.</translation>
    </message>
    <message>
        <source>The PIN has six digits.</source>
        <translation>קוד ה-PIN מורכב משש ספרות.</translation>
    </message>
    <message>
        <source>The number is registered: it can send and receive messages.</source>
        <translation>המספר רשום: אפשר לשלוח ולקבל בו הודעות.</translation>
    </message>
    <message>
        <source>Register %1 for WhatsApp</source>
        <translation>רישום %1 ב-WhatsApp</translation>
    </message>
    <message>
        <source>This step did not work: %1</source>
        <translation>השלב הזה לא הצליח: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::SessionStore</name>
    <message>
        <source>No keychain is available to keep the session (is a Secret Service such as GNOME Keyring running?). Sign in again after starting one.</source>
        <translation>אין מחזיק מפתחות של המערכת שבו אפשר לשמור את ההתחברות (האם פועל Secret Service כמו GNOME Keyring?). הפעילו אחד כזה והתחברו שוב.</translation>
    </message>
    <message>
        <source>The keychain refused access to the session. Unlock it and try again.</source>
        <translation>מחזיק המפתחות של המערכת דחה את הגישה לפרטי ההתחברות. בטלו את הנעילה שלו ונסו שוב.</translation>
    </message>
    <message>
        <source>The keychain could not keep the session: %1</source>
        <translation>מחזיק המפתחות של המערכת לא הצליח לשמור את ההתחברות: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsPage</name>
    <message>
        <source>owner</source>
        <translation>בעלים</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>מנהל</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;שפת הממשק:</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>שפת המערכת (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>התראות</translation>
    </message>
    <message>
        <source>&amp;Notify me of new customer messages when the window is not in front</source>
        <translation>&amp;הצגת התראה על הודעות חדשות מלקוחות כשהחלון לא בחזית</translation>
    </message>
    <message>
        <source>Play a &amp;sound with notifications</source>
        <translation>השמעת &amp;צליל עם ההתראות</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation>שרת הממסר:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>מחוברים בתור:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>עסק:</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>התפקיד שלכם: %1</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;התנתקות</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>אודות Switchboard</translation>
    </message>
    <message>
        <source>Switchboard %1, a desktop console for the WhatsApp Business Platform.
Qt %2 · %3</source>
        <translation>Switchboard %1, מסוף שולחני לניהול WhatsApp Business Platform.
Qt %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Enter sends a message (Shift+Enter starts a new line); when off, Ctrl+Enter sends</source>
        <translation>&amp;Enter שולח הודעה (Shift+Enter לשורה חדשה); כשכבוי, Ctrl+Enter שולח</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <source>&amp;Ring a bell for each new order until someone acknowledges it</source>
        <translation>&amp;צלצל לכל הזמנה חדשה עד שמישהו מאשר שראה אותה</translation>
    </message>
    <message>
        <source>Bell &amp;volume:</source>
        <translation>&amp;עוצמת הצלצול:</translation>
    </message>
    <message>
        <source>Bell volume</source>
        <translation>עוצמת הצלצול</translation>
    </message>
    <message>
        <source>&amp;Print the kitchen ticket when an order is confirmed</source>
        <translation>ה&amp;דפס את כרטיס המטבח כשהזמנה מאושרת</translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
</context>
<context>
    <name>Switchboard::SignInDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation>התחברות ל-Switchboard</translation>
    </message>
    <message>
        <source>Sign in to your business</source>
        <translation>התחברות לעסק שלכם</translation>
    </message>
    <message>
        <source>Use the relay address, user name and password your administrator gave you. Switchboard remembers the address and user; the session is kept in your system&apos;s keychain.</source>
        <translation>השתמשו בכתובת הממסר, בשם המשתמש ובסיסמה שקיבלתם ממנהל המערכת. Switchboard זוכר את הכתובת ואת שם המשתמש; פרטי ההתחברות נשמרים במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>&amp;Relay address:</source>
        <translation>&amp;כתובת הממסר:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;שם משתמש:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>כתובת הממסר</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>שם משתמש</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>The address of your business&apos;s Switchboard relay, as your administrator gave it to you.</source>
        <translation>הכתובת של שרת הממסר של Switchboard בעסק שלכם, כפי שקיבלתם אותה ממנהל המערכת.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>בתהליך התחברות</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;התחברות</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s address, for example https://relay.example.com.</source>
        <translation>הזינו את כתובת הממסר, לדוגמה https://relay.example.com.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>הזינו שם משתמש וסיסמה.</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>חיבור לא מוצפן</translation>
    </message>
    <message>
        <source>%1 is not a secure (https) address. Your password and your customers&apos; messages would cross the network unencrypted, readable by anyone on the way.

Use it only on a network you trust. Continue?</source>
        <translation>%1 אינה כתובת מאובטחת (https). הסיסמה שלכם וההודעות של הלקוחות יעברו ברשת ללא הצפנה, וכל מי שנמצא בדרך יוכל לקרוא אותן.

השתמשו בה רק ברשת שאתם סומכים עליה. להמשיך?</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and your network connection, then try again.</source>
        <translation>אין גישה לשרת הממסר בכתובת %1. בדקו את הכתובת ואת החיבור לרשת ונסו שוב.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted, so the connection was stopped (%1). Check the address; if it is right, ask the relay&apos;s operator to install a valid certificate.</source>
        <translation>האישור של שרת הממסר אינו מהימן, ולכן החיבור הופסק (%1). בדקו את הכתובת; אם היא נכונה, בקשו ממפעיל שרת הממסר להתקין אישור תקף.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation>שם המשתמש או הסיסמה שגויים. בדקו אותם ונסו שוב.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>יותר מדי ניסיונות התחברות שנכשלו. המתינו שנייה אחת ונסו שוב.</numerusform>
            <numerusform>יותר מדי ניסיונות התחברות שנכשלו. המתינו %n שניות ונסו שוב.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay refused the sign-in: %1</source>
        <translation>שרת הממסר דחה את ההתחברות: %1</translation>
    </message>
    <message>
        <source>You are not a member of any business on this relay. Ask your administrator to add you.</source>
        <translation>אינכם חברים באף עסק בשרת הממסר הזה. בקשו ממנהל המערכת להוסיף אתכם.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SignupPopup</name>
    <message>
        <source>Meta&apos;s window</source>
        <translation>החלון של Meta</translation>
    </message>
    <message>
        <source>Meta&apos;s signup window</source>
        <translation>חלון ההרשמה של Meta</translation>
    </message>
</context>
<context>
    <name>Switchboard::SyncStatusWidget</name>
    <message>
        <source>Starting…</source>
        <translation>בהפעלה…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>אין משתמש מחובר</translation>
    </message>
    <message>
        <source>Catching up: %1 events</source>
        <translation>בסנכרון: %1 אירועים</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>מעודכן בזמן אמת</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost (%1). Reconnecting in %n s</source>
        <translation>
            <numerusform>החיבור אבד (%1). התחברות מחדש בעוד שנייה</numerusform>
            <numerusform>החיבור אבד (%1). התחברות מחדש בעוד %n שניות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1: %2. Retrying in %n s</source>
        <translation>
            <numerusform>אין חיבור מאז %1: %2. ניסיון חוזר בעוד שנייה</numerusform>
            <numerusform>אין חיבור מאז %1: %2. ניסיון חוזר בעוד %n שניות</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>התנתקתם: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>עסק: %1</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>דירוג האיכות: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation>שליחת תבנית</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>There is no approved template yet. An admin creates templates on the Templates page; Meta reviews each one before it can be sent.</source>
        <translation>עדיין אין תבנית מאושרת. מנהל יוצר תבניות בדף &quot;תבניות&quot;; Meta בודקת כל תבנית לפני שאפשר לשלוח אותה.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>Send the template</source>
        <translation>שליחת התבנית</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;תבנית:</translation>
    </message>
    <message>
        <source>What the customer will see:</source>
        <translation>מה שהלקוח יראה:</translation>
    </message>
    <message>
        <source>Value of {{%1}}:</source>
        <translation>הערך של {{%1}}:</translation>
    </message>
    <message>
        <source>Value of {{%1}}</source>
        <translation>הערך של {{%1}}</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>תצוגה מקדימה: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>לא נשלחה: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::TrayPresence</name>
    <message numerus="yes">
        <source>Switchboard: %n unread conversation(s)</source>
        <translation>
            <numerusform>Switchboard: שיחה אחת שלא נקראה</numerusform>
            <numerusform>Switchboard: %n שיחות שלא נקראו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>הזמנה חדשה אחת</numerusform>
            <numerusform>%n הזמנות חדשות</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation>הצגת Switchboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
</context>
<context>
    <name>Switchboard::Workspace</name>
    <message>
        <source>The folder %1 cannot be created for the local copy of %2.</source>
        <translation>לא ניתן ליצור את התיקייה %1 עבור העותק המקומי של %2.</translation>
    </message>
</context>
</TS>
