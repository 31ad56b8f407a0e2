using System.Globalization;
using AttackKb.Core.Diagnostics;
using AttackKb.Site.Html;

namespace AttackKb.Serve;

/// <summary>
/// The banner a served page shows when the file behind it has lint errors (code, line, message), or no longer reads
/// and the page is its last good one. Every piece of text is escaped: messages quote the analyst's own text.
/// </summary>
internal static class LintBanner
{
    public static string? Of(string source, IReadOnlyList<Diagnostic> errors, bool lastGoodPage)
    {
        if (errors.Count == 0 && !lastGoodPage) return null;
        var html = new System.Text.StringBuilder("<section class=\"attackkb-serve-banner\" role=\"alert\"><h2>");
        HtmlText.Append(html, lastGoodPage
            ? $"{source} no longer reads: this is its last good page"
            : string.Create(CultureInfo.InvariantCulture,
                $"{source}: {errors.Count} lint error{(errors.Count == 1 ? "" : "s")}"));
        html.Append("</h2><ul>");
        foreach (var d in errors)
        {
            html.Append("<li><code>");
            HtmlText.Append(html, d.Id);
            html.Append("</code> ");
            int line = d.Location?.Line ?? 0;
            if (line > 0) HtmlText.Append(html, string.Create(CultureInfo.InvariantCulture, $"line {line}: "));
            HtmlText.Append(html, d.Message);
            html.Append("</li>");
        }
        return html.Append("</ul></section>").ToString();
    }
}
