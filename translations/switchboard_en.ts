<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard %1
A desktop console for the WhatsApp Business Platform.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Messages from your customers appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed in WhatsApp messages are listed here, newest first.</source>
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
        <source>No WhatsApp number is connected yet. Sign in to your relay first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of messages and orders appear once there is activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay: not signed in</source>
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
</context>
</TS>
