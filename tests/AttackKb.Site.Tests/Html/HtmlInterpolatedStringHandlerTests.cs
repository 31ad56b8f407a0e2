using System.Reflection;
using AttackKb.Site.Html;

namespace AttackKb.Site.Tests.Html;

/// <summary>
/// <c>HtmlBuilder.Html($"…")</c>: every hole escaped by construction, numbers invariant, raw markup only through the
/// ugly-named type, holes only where escaping makes them safe.
/// </summary>
public class HtmlInterpolatedStringHandlerTests
{
    private static string Render(Action<HtmlBuilder> write)
    {
        var h = new HtmlBuilder();
        write(h);
        return h.ToString();
    }

    [Fact]
    public void Text_holes_are_escaped_and_literals_are_markup()
    {
        string name = "<script>alert('x')</script> & co";
        Assert.Equal(
            "<td class=\"n\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</td>",
            Render(h => h.Html($"<td class=\"n\">{name}</td>")));
    }

    [Fact]
    public void Attribute_holes_cannot_close_their_quotes()
    {
        string url = "x\" onmouseover=\"alert(1)";
        string title = "it's";
        Assert.Equal(
            "<a href=\"x&quot; onmouseover=&quot;alert(1)\" title='it&#39;s'>&amp;</a>",
            Render(h => h.Html($"<a href=\"{url}\" title='{title}'>{"&"}</a>")));
    }

    [Fact]
    public void Holes_escape_as_HtmlText_does_dropping_what_HTML_does_not_allow()
    {
        string hostile = "a\"b'c<d>e&f\r\u0001g";
        const string escaped = "a&quot;b&#39;c&lt;d&gt;e&amp;fg";
        Assert.Equal(escaped, HtmlText.Escape(hostile));
        Assert.Equal(
            $"<span title=\"{escaped}\">{escaped}</span>",
            Render(h => h.Html($"<span title=\"{hostile}\">{hostile}</span>")));
    }

    [Fact]
    public void A_char_hole_is_the_character_escaped_not_its_code()
    {
        string kind = "group";
        char quote = '"';
        Assert.Equal("<p title=\"&quot;\">Group</p>",
            Render(h => h.Html($"<p title=\"{quote}\">{char.ToUpperInvariant(kind[0])}{kind[1..]}</p>")));
    }

    [Fact]
    public void Null_holes_write_nothing()
    {
        string? none = null;
        Assert.Equal("<p title=\"\"></p>", Render(h => h.Html($"<p title=\"{none}\">{none}</p>")));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("sv-SE")]   // negative sign U+2212 where ICU is present
    public void Numbers_are_invariant_whatever_the_culture(string culture)
    {
        using (new CultureScope(culture))
        {
            int n = -1234567, max = int.MinValue;
            Assert.Equal("<td>-1234567</td><td>-2147483648</td>", Render(h => h.Html($"<td>{n}</td><td>{max}</td>")));
        }
    }

    [Fact]
    public void Raw_markup_passes_only_through_the_ugly_type()
    {
        const string markup = "<em>rendered</em>";
        var raw = new RawHtml_AlreadySanitized_DoNotWrapNoteText(markup);
        Assert.Equal("<div><em>rendered</em></div>", Render(h => h.Html($"<div>{raw}</div>")));
        Assert.Equal("<div>&lt;em&gt;rendered&lt;/em&gt;</div>", Render(h => h.Html($"<div>{markup}</div>")));
    }

    /// <summary>
    /// The handler's whole surface: no generic, object or span overload that would let another type (or a string
    /// dressed as one) past the escaping. Adding one must be a reviewed decision, so this test names them all.
    /// </summary>
    [Fact]
    public void Holes_accept_only_strings_chars_ints_and_the_raw_type()
    {
        var accepted = typeof(HtmlInterpolatedStringHandler)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == "AppendFormatted")
            .Select(m => (m.IsGenericMethod,
                Parameters: string.Join(",", m.GetParameters().Select(x => x.ParameterType.Name))))
            .OrderBy(m => m.Parameters, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            new (bool, string)[]
            {
                (false, "Char"), (false, "Int32"), (false, nameof(RawHtml_AlreadySanitized_DoNotWrapNoteText)),
                (false, "String"),
            },
            accepted);
    }

    [Fact]
    public void Holes_where_escaping_is_not_enough_throw()
    {
        string value = "onclick=alert(1)";
        var raw = new RawHtml_AlreadySanitized_DoNotWrapNoteText("x");
        Assert.Throws<InvalidOperationException>(() => Render(h => h.Html($"<a href={value}>x</a>")));
        Assert.Throws<InvalidOperationException>(() => Render(h => h.Html($"<td {value}>x</td>")));
        Assert.Throws<InvalidOperationException>(() => Render(h => h.Html($"<{value}>")));
        Assert.Throws<InvalidOperationException>(() => Render(h => h.Html($"<p class=\"{raw}\">")));
        Assert.Throws<InvalidOperationException>(() => Render(h => h.Html($"<p class=\"{value}")));
        Assert.Throws<InvalidOperationException>(() => Render(h => h.Html($"<p class=\"a\"")));
    }

    [Fact]
    public void A_quote_in_text_or_the_other_quote_in_a_value_changes_nothing()
    {
        string v = "v";
        Assert.Equal(
            "<p title=\"it's\">\"v\" it's v</p>",
            Render(h => h.Html($"<p title=\"it's\">\"{v}\" it's {v}</p>")));
    }
}
