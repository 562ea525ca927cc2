<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionWords</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are happy with your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some customers blocked or reported your messages; send fewer, more relevant ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many customers blocked or reported your messages; Meta may lower your limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rates a number after it has sent messages for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: it can only answer customers for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending too fast: Meta is slowing it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable, review pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs to be reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the sign-in with Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your WhatsApp Business account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Meta to forward your messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the number: set its PIN below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code Meta sent: enter it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp lets a business write freely only within 24 hours of the customer&apos;s last message. Ask the person to send any message to your number first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN does not match the two-step verification PIN this number already has. Enter that PIN, or reset it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta needs the number verified again: request a code, enter it, then register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Meta blocks new attempts for a while; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINs were tried too quickly. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not registered yet: register it with a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was deleted recently and Meta is still finishing. Wait five minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was registered or deregistered more than 10 times in 72 hours. Meta allows no more attempts until those 72 hours have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s servers are temporarily unavailable. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per hour today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per day, last 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response per day (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products ordered most, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by source, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in the last 30 days yet: the charts fill in as customers order on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders today; %2 orders and %3 in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::BubbleLayout</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::BusinessProfileForm</name>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second websi&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners and admins can change the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the profile from Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen (set it in WhatsApp Manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cannot be empty: write a short line customers see (up to 139 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About can have at most 139 characters; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can have at most 512 characters; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address can have at most 256 characters; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email must be an address like name@example.com, at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website starts with http:// or https:// and has at most 256 characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the profile at Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Customers see the new profile on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::Composer</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the team (the customer never sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message, or / for a quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (or drop them here, or paste an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note instead of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour reply window closed %1. WhatsApp allows only an approved template until the customer writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has not written yet. WhatsApp allows only an approved template as the first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reply window closes in %n minute(s).</source>
        <translation>
            <numerusform>The reply window closes in %n minute.</numerusform>
            <numerusform>The reply window closes in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: %1. The text becomes the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.mp3 *.ogg *.m4a *.aac *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionBanner</name>
    <message>
        <source>WhatsApp needs to be reconnected: messages are not being sent or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is disconnected: messages are not being sent or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an admin of your business to reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionPage</name>
    <message>
        <source>Ask an admin of your business to connect WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin of your business has to finish registering the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp needs to be reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages do not arrive and cannot be sent until it is reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an admin of your business to reconnect WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting brings your customers&apos; WhatsApp messages into Switchboard: everyone on your team sees them, replies from here, and customers get order updates on WhatsApp. You sign in with Facebook, choose or create your business&apos;s WhatsApp account and confirm your number; Meta checks the number with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name customers see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of quality, limit and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet: Meta has not changed this number&apos;s quality, limit or status since it was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code and number, e.g. 972501234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Meta again, for a new token or another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners and admins can reconnect or disconnect WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta needs the number confirmed before it can send and receive messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet (number ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has not reported a verified name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has not reported the review of this name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect WhatsApp from Switchboard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; messages stop arriving here and nobody can send WhatsApp messages or order updates from Switchboard until an admin connects the number again. Meta keeps the number and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number with its country code, e.g. 972501234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from Switchboard: WhatsApp is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1. Its ticks appear in Conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::Console</name>
    <message>
        <source>Session not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You are signed in, but you will have to sign in again the next time Switchboard starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended (%1). Sign in again; nothing waiting to be sent is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConversationListDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reply window: %n min left</source>
        <translation>
            <numerusform>Reply window: %n min left</numerusform>
            <numerusform>Reply window: %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply window closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply window closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ConversationsPage</name>
    <message>
        <source>Search names, numbers and messages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read and answer it.

Alt+Up and Alt+Down move between conversations, Ctrl+K jumps to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.

When customers write to the business&apos;s WhatsApp number, their conversations appear here. If the number is not connected yet, an admin can connect it on the Connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches. Choose “All” or clear the search to see every conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Connection page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing ends nothing at WhatsApp; the customer&apos;s next message opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleagues to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot be sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relay cannot pass files on to WhatsApp yet. Send a link to the file instead; the text was not sent, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>%n conversation found</numerusform>
            <numerusform>%n conversations found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels yet: an admin of the business can create them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut (for example /hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in English (may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in Hebrew (may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick reply was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CustomerAlerts</name>
    <message>
        <source>Sent a message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CustomerListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::CustomersPage</name>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the table to see their orders and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 orders, %3 spent, %4 on average · first order %5, last %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers by name, number, tag or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers shown as a spreadsheet (CSV, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name staff know them by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. regular, vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to receive &amp;marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who writes to your WhatsApp number appears here, with what they ordered. Connect a number on the Connection page to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::EmbeddedSignupDialog</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s signup page appears here once the relay is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot connect a number for this business: %1 Ask an owner or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not start the signup (its answer has no state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading Meta&apos;s signup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s signup page could not be loaded. Check the connection to the relay and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signup page stopped unexpectedly. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s window was closed before the signup was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Continue with Facebook” to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in Meta&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Continue with Facebook” to open Meta&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting your number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press “Continue with Facebook”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and number chosen in Meta&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code and connecting your number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at “%1” in Meta&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: Meta&apos;s sign-in could not be loaded. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::KitchenTicket</name>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup or delivery not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this order with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be written to %1. Check that the folder exists and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who has written to your business, with their notes and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your products and prices, used to recognise orders in messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved message templates let you write to customers after 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business you are working for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from your customers will appear here as they arrive. The inbox itself comes in the next version of Switchboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed in WhatsApp messages will be listed here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of orders and response times appear once there is activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your WhatsApp connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) on this computer</source>
        <translation>
            <numerusform>%n conversation on this computer</numerusform>
            <numerusform>%n conversations on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) on this computer</source>
        <translation>
            <numerusform>%n order on this computer</numerusform>
            <numerusform>%n orders on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) on this computer</source>
        <translation>
            <numerusform>%n customer on this computer</numerusform>
            <numerusform>%n customers on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) on this computer</source>
        <translation>
            <numerusform>%n product on this computer</numerusform>
            <numerusform>%n products on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) on this computer</source>
        <translation>
            <numerusform>%n template on this computer</numerusform>
            <numerusform>%n templates on this computer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (in the message field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message, also when Enter makes a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave reply mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualConnectionForm</name>
    <message>
        <source>Connect with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a business that already has a WhatsApp Business account and a permanent access token (a system user&apos;s token from Meta Business Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp Business account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the access token, the WhatsApp Business account ID and the phone number ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MenuImportDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the menu: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the file: leaves the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file matches the menu: importing it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing this file replaces the menu: %1 added, %2 changed, %3 removed. Nothing has changed yet; Apply makes the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MenuPage</name>
    <message>
        <source>Search the menu by name, Hebrew name, SKU or other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one category of the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product to the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a menu from a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV, or a JSON file; you see what changes before anything does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the menu to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a product. Drag rows, or press Ctrl+Up and Ctrl+Down, to change their place on the menu. Space on the Available column marks a product sold out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the products customers order, with their names in English and Hebrew, prices and choices such as size or extras. A menu you already have in a spreadsheet comes in with Import (save it as CSV first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the refused menu changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the refused menu changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the menu were refused by the relay. %1 Correct it and save again, or discard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s) to the menu…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the menu will be saved when the relay is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the menu, and customers&apos; messages are no longer matched to it. Orders already taken keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu files (*.csv *.json);;Spreadsheets saved as CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a menu (more than 8 MB). Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with the menu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay cannot be reached, and importing needs it: it compares the file with the menu. Nothing was changed; import again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Correct the file and import it again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported: %2 added, %3 changed, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the menu is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay cannot be reached, and the export comes from it. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageBubbleDelegate</name>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · click to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageListModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MessageWords</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message type WhatsApp does not let businesses see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order from the catalog: %n item(s)</source>
        <translation>
            <numerusform>Order from the catalog: %n item</numerusform>
            <numerusform>Order from the catalog: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours passed since the customer last wrote, so WhatsApp only allows an approved template. Send a template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not deliver it: the number may not use WhatsApp, have an old version, or have blocked the business. Reach the customer another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta held this marketing message back to avoid too many for this customer. Wait a day before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer stopped marketing messages from the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many of the business&apos;s messages were blocked or reported, so sending is limited. Slow down and check the number&apos;s quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages to this customer in a short time. Wait a little and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp could not process the attached file. Check its type and try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s file could not be downloaded. Ask them to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is sending faster than WhatsApp allows. It will go a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp had a temporary problem. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s fields do not match the template. Check the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template does not exist or is not approved in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is paused by Meta for low quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was disabled by Meta. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp account is locked. An admin should check the Connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to WhatsApp expired. An admin should reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp account is restricted for a policy violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused it for a payment problem of the business account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp did not deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::NewOrderAlarm</name>
    <message>
        <source>New order #%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderBoard</name>
    <message>
        <source>Delivered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderDetail</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order on the board or in the table to see it here: its items, the customer&apos;s message, its timeline and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup or &amp;delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as c&amp;hecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · taken %2 · from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this order against the message before confirming it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was not clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderListModel</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this order before confirming it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was not clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup or delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrderWords</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::OrdersPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 is %2: it has no next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order cancelled? The customer is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order is cancelled with a reason, for the customer and the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket of order #%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be saved: the folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up: the ticket of order #%1 is saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order #%1 from %2 is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new orders are waiting, the first #%2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed to ready, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed to ready, on average: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by status: drag a card, or press Return to move it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order in a table, with a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders by number, customer, phone or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which orders the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer orders on WhatsApp (&quot;2 margherita and a coke, delivery to Herzl 15&quot;), the order appears here priced from your menu, with a bell. Set up the menu first on the Menu page so that messages can be read as orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ProductEditor</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Hebrew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency&apos;s three-letter code, e.g. ILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words customers use for it, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when it is the same as the English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variants (each row is one option of a group such as Size or Extras):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option in Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a variant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected variant option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product a name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the currency as its three-letter code, e.g. ILS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant option %1 needs both a group and an option name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ProductListModel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::RegistrationPanel</name>
    <message>
        <source>Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-digit &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-digit &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN protects the number (two-step verification); keep it somewhere safe. If the number already has one, enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Get a code from Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Set a PIN and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta is calling the number with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta sent the code by text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is right. Now set a PIN and register the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is registered: it can send and receive messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 for WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SessionStore</name>
    <message>
        <source>No keychain is available to keep the session (is a Secret Service such as GNOME Keyring running?). Sign in again after starting one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the session. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not keep the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsPage</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me of new customer messages when the window is not in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a &amp;sound with notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard %1, a desktop console for the WhatsApp Business Platform.
Qt %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter sends a message (Shift+Enter starts a new line); when off, Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ring a bell for each new order until someone acknowledges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the kitchen ticket when an order is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SignInDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the relay address, user name and password your administrator gave you. Switchboard remembers the address and user; the session is kept in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relay address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your business&apos;s Switchboard relay, as your administrator gave it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the relay&apos;s address, for example https://relay.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a secure (https) address. Your password and your customers&apos; messages would cross the network unencrypted, readable by anyone on the way.

Use it only on a network you trust. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s certificate is not trusted, so the connection was stopped (%1). Check the address; if it is right, ask the relay&apos;s operator to install a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n second, then try again.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The relay refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any business on this relay. Ask your administrator to add you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SignupPopup</name>
    <message>
        <source>Meta&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s signup window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::SyncStatusWidget</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost (%1). Reconnecting in %n s</source>
        <translation>
            <numerusform>Connection lost (%1). Reconnecting in %n s</numerusform>
            <numerusform>Connection lost (%1). Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1: %2. Retrying in %n s</source>
        <translation>
            <numerusform>Offline since %1: %2. Retrying in %n s</numerusform>
            <numerusform>Offline since %1: %2. Retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::TemplatePickerDialog</name>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approved template yet. An admin creates templates on the Templates page; Meta reviews each one before it can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer will see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of {{%1}}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::TrayPresence</name>
    <message numerus="yes">
        <source>Switchboard: %n unread conversation(s)</source>
        <translation>
            <numerusform>Switchboard: %n unread conversation</numerusform>
            <numerusform>Switchboard: %n unread conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s)</source>
        <translation>
            <numerusform>%n new order</numerusform>
            <numerusform>%n new orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::Workspace</name>
    <message>
        <source>The folder %1 cannot be created for the local copy of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
