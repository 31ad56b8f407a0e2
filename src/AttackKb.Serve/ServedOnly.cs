namespace AttackKb.Serve;

/// <summary>
/// What `serve` adds to a page and `site` never writes: the lint banner and the live-reload tags, each between two
/// marker comments so that a reader (and the tests comparing served pages with `site`'s) can see and strip exactly
/// that. The script and its style are same-origin files under <see cref="Prefix"/>, so the pages' strict
/// Content-Security-Policy (script-src 'self', no inline code) holds in served pages too.
/// </summary>
internal static class ServedOnly
{
    /// <summary>Reserved URL folder: no site path starts with an underscore.</summary>
    public const string Prefix = "/_attackkb/";
    public const string ScriptUrl = Prefix + "reload.js";
    public const string StyleUrl = Prefix + "serve.css";
    public const string EventsUrl = Prefix + "events";
    public const string Begin = "<!--attackkb-serve-->";
    public const string End = "<!--/attackkb-serve-->";

    /// <summary>
    /// The page with the banner at the top of its main content and the reload tags at the end of its head; a page
    /// without those anchors is served as it is.
    /// </summary>
    public static string Inject(string html, string version, string? banner)
    {
        string tags = Begin + $"<link rel=\"stylesheet\" href=\"{StyleUrl}\">"
            + $"<script src=\"{ScriptUrl}\" data-version=\"{version}\" defer=\"\"></script>" + End;
        int head = html.IndexOf("</head>", StringComparison.Ordinal);
        if (head < 0) return html;
        html = html.Insert(head, tags);
        if (banner is null) return html;
        const string Main = "<main id=\"main\">";
        int main = html.IndexOf(Main, StringComparison.Ordinal);
        return main < 0 ? html : html.Insert(main + Main.Length, Begin + banner + End);
    }

    /// <summary>The page as `site` writes it: every served-only insertion removed.</summary>
    public static string Strip(string html)
    {
        while (html.IndexOf(Begin, StringComparison.Ordinal) is var begin and >= 0)
        {
            int end = html.IndexOf(End, begin, StringComparison.Ordinal);
            if (end < 0) break;
            html = html.Remove(begin, end + End.Length - begin);
        }
        return html;
    }
}
