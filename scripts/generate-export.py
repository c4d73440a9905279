#!/usr/bin/env python3
"""Generates a realistic chat export for the scan benchmark: generate-export.py MESSAGES OUTPUT.jsonl [SEED]

Messages come from the labelled corpora in 13 languages: mostly compliant seller and buyer messages, about 4%
violations (a third of them disguised), spread over 40 stores and many conversations and orders, with times over
a week. About 280 bytes per message, so 1,000,000 messages make some 280 MB."""
import json, os, random, sys, glob

count, output = int(sys.argv[1]), sys.argv[2]
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
clean, violations = [], []
for path in sorted(glob.glob(os.path.join(root, "corpora/messages/*.jsonl"))):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            (violations if record["labels"] else clean).append(record)
stores = [f"store-{n:02d}" for n in range(40)]
base = 1763600000
with open(output, "w", encoding="utf-8") as out:
    conversation = 0
    while count > 0:
        conversation += 1
        store = random.choice(stores)
        order = str(random.randint(10**17, 10**18 - 1))
        start = base + random.randint(0, 7 * 86400)
        for turn in range(min(count, random.randint(2, 8))):
            source = random.choice(violations) if random.random() < 0.04 else random.choice(clean)
            sender = source["sender"] if source["labels"] == [] else "seller"
            row = {"message_id": f"{conversation}-{turn}", "shop": store, "chat_id": f"c{conversation}", "order_id": order,
                   "sender": sender if turn else "buyer", "created_at": (start + turn * random.randint(30, 3600)) * 1000,
                   "type": source["kind"], "content": source["text"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count -= 1
