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

    /// <summary>This thread's builders free for another page (pages render in parallel, each on one thread).</summary>
    [ThreadStatic] private static Stack<HtmlBuilder>? t_free;

    /// <summary>
    /// A builder for one part of a page, from this thread's free ones: a page's markup is needed only until the page
    /// is joined (<see cref="Join"/>), and a new buffer per page was a third of the site's allocations.
    /// </summary>
    public static HtmlBuilder Rent() => t_free is { Count: > 0 } free ? free.Pop() : new HtmlBuilder();

    /// <summary>Gives the builder back for the thread's next page; it must not be used after.</summary>
    public void Return()
    {
        _sb.Clear();   // keeps one buffer of the largest page so far
        var free = t_free ??= new Stack<HtmlBuilder>();
        if (free.Count < 4) free.Push(this);
    }

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

    /// <summary>The builders' markup one after the other, copied once into the string.</summary>
    public static string Join(params HtmlBuilder[] parts)
    {
        int length = 0;
        foreach (var part in parts) length += part.Length;
        return string.Create(length, parts, static (chars, parts) =>
        {
            foreach (var part in parts)
            {
                part._sb.CopyTo(0, chars, part.Length);
                chars = chars[part.Length..];
            }
        });
    }
}
