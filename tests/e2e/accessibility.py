#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The console as a screen-reader user meets it, through the AT-SPI accessibility bus.

Starts a real sandbox, relay and console (the built programs, on free loopback ports), then finds
its way only by accessible names and roles, as Orca would: fills in the sign-in dialog and signs
in, reads the status bar, moves between pages, lives through an outage of the relay, and signs
out. Needs a display and a D-Bus session (./packaging/dev.sh test gives both) and Debian's
python3-pyatspi and at-spi2-core. Usage: accessibility.py BIN_DIR
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

BIN = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="switchboard-a11y-")
# The accessibility bus, as a desktop session starts it, before anything asks for it.
PROCESSES = [subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
time.sleep(0.5)
import pyatspi  # noqa: E402 (needs the bus above)


def fail(message):
    print("FAIL: " + message, flush=True)
    raise SystemExit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read() or b"{}")


def wait_until(what, check, timeout=20.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = check()
            if value:
                return value
        except Exception:  # the tree changes while it is read
            pass
        time.sleep(0.2)
    fail("timed out waiting for " + what)


def start(arguments, env=None, stdin=None, log=None):
    process = subprocess.Popen(arguments, env=env, stdin=subprocess.PIPE if stdin else None,
                               stdout=open(os.path.join(WORK, log), "w"),
                               stderr=subprocess.STDOUT)
    if stdin:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    PROCESSES.append(process)
    return process


# --- the accessibility tree ------------------------------------------------------------------

def console_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and (app.name or "").lower() == "switchboard":
            return app
    return None


def nodes(root, showing_only=True):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            if showing_only and node.getRoleName() not in ("application",) and \
                    not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
        except Exception:
            continue
        yield node
        for i in range(node.childCount - 1, -1, -1):
            stack.append(node.getChildAtIndex(i))


def find(role, name=None, startswith=None, root=None):
    for node in nodes(root or console_app()):
        if node.getRoleName() != role:
            continue
        label = node.name or ""
        if name is not None and label != name:
            continue
        if startswith is not None and not label.startswith(startswith):
            continue
        return node
    return None


def need(what, role, name=None, startswith=None, root=None, timeout=20.0):
    return wait_until(what, lambda: find(role, name, startswith, root), timeout)


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "SetFocus") or i == 0:
            action.doAction(i)
            return
    fail("no action on " + button.name)


def type_into(field, text):
    field.queryEditableText().setTextContents(text)


def status_text():
    bar = find("status bar")
    if bar is None:
        return ""
    return " | ".join(n.name for n in nodes(bar) if n.getRoleName() == "label" and n.name)


def menu_item(name):
    """Runs a menu item as a keyboard user would (each has its shortcut)."""
    for node in nodes(console_app(), showing_only=False):
        if node.getRoleName() == "menu item" and node.name == name:
            action = node.queryAction()
            action.doAction(0)
            return
    fail("no menu item " + name)


def go_to(page):
    """Opens a page: the View menu's "Go to …" item (Ctrl+1…8)."""
    menu_item("Go to " + page)


# --- the scenario ----------------------------------------------------------------------------

def main():
    sandbox_port, relay_port = free_port(), free_port()
    sandbox = "http://127.0.0.1:%d" % sandbox_port
    relay = "http://127.0.0.1:%d" % relay_port
    env = dict(os.environ)
    env.update({
        "SWITCHBOARD_APP_SECRET": "a11y-secret", "SWITCHBOARD_APP_ID": "4242",
        "SWITCHBOARD_DATABASE": os.path.join(WORK, "relay.sqlite"),
        "SWITCHBOARD_VERIFY_TOKEN": "verify", "SWITCHBOARD_GRAPH_URL": sandbox,
        "SWITCHBOARD_LISTEN": "127.0.0.1:%d" % relay_port,
        "SWITCHBOARD_SIGNUP_CONFIG_ID": "a11y-config",
        "SWITCHBOARD_SIGNUP_SDK_URL": sandbox + "/en_US/sdk.js",
    })
    start([BIN + "/switchboard-sandbox", "--listen", "127.0.0.1:%d" % sandbox_port,
           "--webhook-url", relay + "/webhook", "--app-id", "4242"], env, log="sandbox.log")
    admin = [BIN + "/switchboard-relay", "admin"]
    subprocess.run(admin + ["init"], env=env, check=True, capture_output=True)
    tenant = subprocess.run(admin + ["create-tenant", "--name", "Pizzeria Napoli"], env=env,
                            check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run(admin + ["create-user", "--tenant", tenant, "--username", "maya",
                            "--role", "owner", "--password-stdin"], env=env, check=True,
                   input="open sesame\n", capture_output=True, text=True)
    relay_process = start([BIN + "/switchboard-relay", "serve"], env, log="relay.log")
    wait_until("the relay", lambda: http("GET", relay + "/healthz"))
    wait_until("the sandbox", lambda: http("GET", sandbox + "/_sandbox/healthz"))

    # The number is connected the way the sandbox's signup dialog would do it.
    token = http("POST", relay + "/api/v1/auth/login",
                 {"username": "maya", "password": "open sesame"})["token"]
    state = http("POST", relay + "/api/v1/tenants/%s/signup/start" % tenant, {}, token)["state"]
    signup = http("POST", sandbox + "/_sandbox/signup",
                  {"app_id": "4242", "config_id": "a11y-config", "business_name": "Napoli",
                   "display_phone_number": "+972 3-555-0199"})
    signup["state"] = state
    connection = http("POST", relay + "/api/v1/tenants/%s/signup/complete" % tenant, signup,
                      token)
    number = connection["numbers"][0]["id"]
    http("POST", sandbox + "/_sandbox/customers/972501112233/messages",
         {"phone_number_id": number, "name": "Dana", "type": "text",
          "text": {"body": "Do you deliver to Herzl street?"}})

    console_env = dict(os.environ)
    console_env.update({"HOME": WORK, "XDG_CONFIG_HOME": os.path.join(WORK, "config"),
                        "XDG_DATA_HOME": os.path.join(WORK, "data"),
                        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
                        "QT_ACCESSIBILITY": "1"})
    console = start([BIN + "/switchboard", "--lang", "en"], console_env, log="console.log")

    # Sign in, as typed.
    dialog = wait_until("the console on the accessibility bus",
                        lambda: console_app() and find("dialog", "Sign in to Switchboard"), 30)
    type_into(need("the relay field", "text", "Relay address", root=dialog), relay)
    type_into(need("the user field", "text", "User name", root=dialog), "maya")
    type_into(need("the password field", "password text", "Password", root=dialog), "wrong")
    press(need("the sign-in button", "push button", "Sign in", root=dialog))
    problem = need("the wrong-password message", "label",
                   "The user name or password is wrong. Check them and try again.", root=dialog)
    print("sign-in problem read out:", problem.name)
    type_into(find("password text", "Password", root=dialog), "open sesame")
    press(find("push button", "Sign in", root=dialog))
    wait_until("the sign-in dialog to close",
               lambda: find("dialog", "Sign in to Switchboard") is None)
    wait_until("the business in the status bar", lambda: "Pizzeria Napoli" in status_text())
    wait_until("live sync", lambda: status_text().startswith("Live"))
    print("status bar:", status_text())
    wait_until("the quality rating", lambda: "Quality:" in status_text())

    # The conversation the customer started is in the inbox: found, opened, read and answered.
    inbox = need("the conversation list", "list", "Conversations")
    dana = need("Dana's conversation", "list item", startswith="Dana", root=inbox)
    print("in the inbox:", dana.name)
    menu_item("Next conversation")  # Alt+Down: the first conversation of the list
    chat = need("the messages", "list", "Messages")
    said = need("her message read out", "list item", startswith="Dana", root=chat)
    if "Do you deliver to Herzl street?" not in said.name:
        fail("the chat reads " + said.name)
    print("in the chat:", said.name)
    type_into(need("the message field", "text", "Message"), "Yes, we deliver to Herzl!")
    press(need("the send button", "push button", "Send"))
    reply = wait_until("our reply in the chat, sent", lambda: next(
        (n for n in nodes(chat) if n.getRoleName() == "list item" and
         "Yes, we deliver to Herzl!" in (n.name or "") and
         any(tick in n.name for tick in ("Sent", "Delivered", "Read"))), None), 30)
    print("our reply:", reply.name)

    # Every page is reachable by name.
    headings = {"Connection": "WhatsApp connection"}
    for page in ("Orders", "Customers", "Menu", "Templates", "Analytics", "Connection",
                 "Settings", "Conversations"):
        go_to(page)
        if page == "Conversations":
            wait_until("the inbox", lambda: find("list", "Conversations"))
        else:
            wait_until("the %s page" % page, lambda: find("label", headings.get(page, page)))
    go_to("Connection")
    need("the connection's state in words", "label", "Status: Connected")
    go_to("Settings")
    need("the signed-in user", "label", "Signed in as: maya")

    # An outage: the relay goes away and comes back.
    relay_process.terminate()
    relay_process.wait(10)
    wait_until("the outage in the status bar",
               lambda: status_text().startswith("Connection lost") or
               status_text().startswith("Offline since"), 40)
    print("during the outage:", status_text())
    relay_process = start([BIN + "/switchboard-relay", "serve"], env, log="relay2.log")
    wait_until("live sync after the outage", lambda: status_text().startswith("Live"), 60)

    # Sign out from the Settings page.
    press(need("the sign-out button", "push button", "Sign out"))
    dialog = need("the sign-in dialog again", "dialog", "Sign in to Switchboard")
    need("why", "label", "You signed out.", root=dialog)
    print("PASS")


try:
    main()
finally:
    for process in PROCESSES:
        if process.poll() is None:
            process.terminate()
    for process in PROCESSES:
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    if os.environ.get("SWITCHBOARD_KEEP_A11Y_LOGS"):
        print("logs in", WORK)
    else:
        shutil.rmtree(WORK, ignore_errors=True)
