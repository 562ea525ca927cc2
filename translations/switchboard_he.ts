<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>About Switchboard</source>
        <translation>אודות Switchboard</translation>
    </message>
    <message>
        <source>Switchboard %1
A desktop console for the WhatsApp Business Platform.</source>
        <translation>Switchboard %1
מסוף שולחני לפלטפורמת WhatsApp Business.</translation>
    </message>
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
        <source>Messages from your customers appear here as they arrive.</source>
        <translation>הודעות מהלקוחות שלך יופיעו כאן ברגע שיגיעו.</translation>
    </message>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation>חיבור מספר WhatsApp</translation>
    </message>
    <message>
        <source>Orders placed in WhatsApp messages are listed here, newest first.</source>
        <translation>הזמנות שנשלחו בהודעות WhatsApp מופיעות כאן, החדשות ביותר ראשונות.</translation>
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
        <source>No WhatsApp number is connected yet. Sign in to your relay first.</source>
        <translation>עדיין לא חובר מספר WhatsApp. יש להתחבר תחילה לשרת הממסר.</translation>
    </message>
    <message>
        <source>Charts of messages and orders appear once there is activity.</source>
        <translation>תרשימי הודעות והזמנות יופיעו כשתהיה פעילות.</translation>
    </message>
    <message>
        <source>Relay: not signed in</source>
        <translation>ממסר: לא מחובר</translation>
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
</context>
</TS>
