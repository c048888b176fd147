class ArticleImportError(ValueError):
    """Input the importer refuses; the message is translatable and shown to the user."""
