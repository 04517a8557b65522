"""quotes: placeholder until the rule family lands."""
def quotes(doc, officials):
    return []
