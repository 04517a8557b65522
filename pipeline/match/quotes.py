def quotes(doc, officials):
    return []
