"""outlet: placeholder until the rule family lands."""
def source_and_dateline(doc):
    return None, None
