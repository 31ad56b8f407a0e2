namespace AttackKb.Site.Html;

/// <summary>
/// Markup that an <see cref="HtmlBuilder.Html"/> hole copies as is: the one way past the escaping, named to stand out
/// in review. Wrap only markup this project generated (the safe markdown renderer's output, a page body already built);
/// never text read from the knowledge base. There is no conversion from <see cref="string"/>: a plain string in a hole
/// is always escaped.
/// </summary>
public readonly struct RawHtml_AlreadySanitized_DoNotWrapNoteText
{
    public RawHtml_AlreadySanitized_DoNotWrapNoteText(string html) => Html = html;

    /// <summary>
    /// Markup written straight into the page by <paramref name="write"/> (a filled-in markdown template).
    /// </summary>
    public RawHtml_AlreadySanitized_DoNotWrapNoteText(Action<System.Text.StringBuilder> write)
    {
        Html = "";
        Write = write;
    }

    public string Html { get; }

    /// <summary>Writes the markup into the page instead of <see cref="Html"/>, when set.</summary>
    public Action<System.Text.StringBuilder>? Write { get; }
}
