"""programs: placeholder until the rule family lands."""
def programs(doc, partners):
    return []
