using System.Globalization;
using Markdig.Renderers;

namespace AttackKb.Site.Markdown;

/// <summary>
/// An href escaped exactly as Markdig's <see cref="HtmlRenderer.WriteEscapeUrl(string?)"/> escapes it: a filled-in
/// template must equal the page rendered directly, so the one escaping rule is Markdig's, through one renderer per
/// thread (pages are filled in parallel).
/// </summary>
internal static class UrlEscape
{
    [ThreadStatic] private static StringWriter? t_writer;
    [ThreadStatic] private static HtmlRenderer? t_renderer;

    public static string Of(string href)
    {
        if (t_renderer is null)
        {
            t_writer = new StringWriter(CultureInfo.InvariantCulture);
            t_renderer = new HtmlRenderer(t_writer);
        }
        var buffer = t_writer!.GetStringBuilder();
        buffer.Clear();
        t_renderer.WriteEscapeUrl(href);
        return buffer.ToString();
    }
}
