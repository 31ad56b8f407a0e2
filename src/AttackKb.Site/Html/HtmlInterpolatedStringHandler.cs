using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AttackKb.Site.Html;

/// <summary>
/// Lets a page write its markup as markup —
/// <c>h.Html($"&lt;td&gt;&lt;a href=\"{url}\"&gt;{id}&lt;/a&gt;&lt;/td&gt;")</c> — while every hole is escaped by
/// construction, the way docfx's <c>Html($"…")</c> templates do: a string is HTML-escaped (<see cref="HtmlText"/>,
/// which also escapes both quotes, so the same escaping is safe in a quoted attribute value), a number is formatted in
/// the invariant culture, and only <see cref="RawHtml_AlreadySanitized_DoNotWrapNoteText"/> is copied as is. There is
/// deliberately no generic or <see cref="object"/> overload: a hole of any other type does not compile.
/// <para>
/// Escaping is only enough where a hole is text or a quoted attribute value, so the handler follows the literals
/// (text, inside a tag, inside a quoted value) and throws when a hole stands anywhere else — a tag or attribute name,
/// an unquoted value — or a template ends inside a tag. Templates are constants, so any such mistake fails the first
/// time its page is rendered, in tests. It writes straight into the builder: no string per template. Text inside
/// <c>script</c> or <c>style</c> elements is not HTML text and must never be a hole (no page writes any).
/// </para>
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolatedStringHandler
{
    private readonly StringBuilder _sb;
    private Place _place;
    private char _quote;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        // No EnsureCapacity: on a StringBuilder it resizes the last chunk to the exact size asked, a copy per template;
        // letting Append grow it in chunks is what the builder's methods always did.
        _sb = builder.Buffer;
        _place = Place.Text;
        _quote = '\0';
    }

    private enum Place { Text, Tag, QuotedValue }

    public void AppendLiteral(string literal)
    {
        _sb.Append(literal);
        Follow(literal);
    }

    /// <summary>Text or an attribute value from anywhere, notes included: escaped.</summary>
    public void AppendFormatted(string? value)
    {
        EnsureHoleIsSafe();
        HtmlText.Append(_sb, value);
    }

    /// <summary>One character, escaped. Without this overload a char converts to int and prints its code
    /// ("71roup" for 'G' + "roup").</summary>
    public void AppendFormatted(char value)
    {
        EnsureHoleIsSafe();
        HtmlText.Append(_sb, value.ToString());
    }

    public void AppendFormatted(int value)
    {
        EnsureHoleIsSafe();
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
        _sb.Append(digits[..written]);
    }

    /// <summary>Markup this project generated, copied as is (text position only: it would break a value).</summary>
    public void AppendFormatted(RawHtml_AlreadySanitized_DoNotWrapNoteText markup)
    {
        if (_place != Place.Text) throw Misplaced("raw markup inside a tag");
        if (markup.Write is { } write) write(_sb);
        else _sb.Append(markup.Html);
    }

    /// <summary>Called once the template is written: it must not leave a tag or an attribute value open.</summary>
    internal readonly void Finish()
    {
        if (_place != Place.Text) throw Misplaced("a template that ends inside a tag");
    }

    private readonly void EnsureHoleIsSafe()
    {
        if (_place == Place.Tag) throw Misplaced("a hole inside a tag outside a quoted attribute value");
    }

    /// <summary>Tracks where the next hole lands: only '&lt;', '&gt;' and quotes change it.</summary>
    private void Follow(ReadOnlySpan<char> literal)
    {
        while (true)
        {
            int i = _place switch
            {
                Place.Text => literal.IndexOf('<'),
                Place.Tag => literal.IndexOfAny("\"'>"),
                _ => literal.IndexOf(_quote),
            };
            if (i < 0) return;
            char c = literal[i];
            (_place, _quote) = _place switch
            {
                Place.Text => (Place.Tag, '\0'),
                Place.Tag when c == '>' => (Place.Text, '\0'),
                Place.Tag => (Place.QuotedValue, c),
                _ => (Place.Tag, '\0'),
            };
            literal = literal[(i + 1)..];
        }
    }

    private static InvalidOperationException Misplaced(string what) =>
        new($"HTML template: {what} cannot be escaped safely; quote the value or use the builder's methods.");
}
