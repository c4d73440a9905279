#!/usr/bin/env python3
"""Builds samples/chats.jsonl: a small, realistic week of chats from three stores, drawn from the labelled
corpora, with conversations, orders, times, buyer messages, a repeated review request and a few broken rows."""
import json, random, glob, os

random.seed(20251120)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
messages = []
for path in sorted(glob.glob(os.path.join(root, "corpora/messages/*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        messages += [json.loads(line) for line in f if line.strip()]
stores = {"en": "glowlab-us", "es": "casa-mx", "pt": "casa-mx", "de": "glowlab-de", "fr": "glowlab-de",
          "zh": "happyhome-my", "ms": "happyhome-my", "id": "happyhome-id", "vi": "happyhome-vn", "th": "happyhome-th",
          "tl": "happyhome-ph", "ja": "glowlab-jp", "ko": "glowlab-kr"}
chosen = random.sample([m for m in messages if m["kind"] == "chat"], 150)
rows = []
base = 1763600000  # 2025-11-20
for index, m in enumerate(chosen):
    order = f"57{random.randint(10**14, 10**15 - 1)}"
    rows.append({"message_id": f"m{index:04d}", "shop": stores[m["lang"]], "chat_id": f"c{index:04d}", "order_id": order,
                 "sender": m["sender"], "created_at": base + random.randint(0, 7 * 86400), "type": "chat",
                 "content": m["text"], "lang": m["lang"]})
# One order asked for a review three times, rows out of order.
for n, (delta, text) in enumerate([(3 * 86400, "Hi! Hope you like the lamp. If you have a moment, please leave a review 🙏"),
                                   (86400, "Thanks for your order! Please rate us when it arrives."),
                                   (5 * 86400, "Just a reminder: please leave a review for your order 😊")]):
    rows.append({"message_id": f"r{n}", "shop": "glowlab-us", "chat_id": "c9000", "order_id": "576000000000000001",
                 "sender": "seller", "created_at": base + delta, "type": "chat", "content": text, "lang": "en"})
random.shuffle(rows)
with open(os.path.join(root, "samples/chats.jsonl"), "w", encoding="utf-8") as f:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    f.write('{"message_id": "bad1", "shop": "glowlab-us", "sender": "seller", "created_at": 1763700000}\n')
    f.write('{"message_id": "bad2", "shop": "glowlab-us", "content": "unterminated\n')
print(len(rows) + 2, "rows")
