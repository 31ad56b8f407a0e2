using System.Runtime.CompilerServices;
using System.Text;

namespace AttackKb.Site.Html;

/// <summary>
/// Builds a page. Markup goes in through <see cref="Html"/>, whose holes are escaped by construction (text and
/// attribute values; see <see cref="HtmlInterpolatedStringHandler"/>), the way docfx's templates do; the one way to
/// emit markup as-is is a <see cref="RawHtml_AlreadySanitized_DoNotWrapNoteText"/> hole, whose name is meant to stand
/// out in review. It only ever wraps markup this project generates (the safe markdown renderer's output, a page body).
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _sb;

    public HtmlBuilder(int capacity = 16 * 1024) => _sb = new StringBuilder(capacity);

    public int Length => _sb.Length;

    /// <summary>Where <see cref="HtmlInterpolatedStringHandler"/> writes.</summary>
    internal StringBuilder Buffer => _sb;

    /// <summary>
    /// Markup written as markup, every hole escaped by construction (see <see cref="HtmlInterpolatedStringHandler"/>):
    /// <c>h.Html($"&lt;li&gt;&lt;a href=\"{href}\"&gt;{name}&lt;/a&gt;&lt;/li&gt;")</c>.
    /// </summary>
    public HtmlBuilder Html([InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler markup)
    {
        markup.Finish();
        return this;
    }

    /// <summary>Escaped text, for a value written between templates (a separator, a fallback name).</summary>
    public HtmlBuilder Text(string? text)
    {
        HtmlText.Append(_sb, text);
        return this;
    }

    public HtmlBuilder Line()
    {
        _sb.Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();
}
