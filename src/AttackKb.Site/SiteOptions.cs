using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Config;

namespace AttackKb.Site;

/// <summary>
/// What the site generator is told, from the config's <c>"site"</c> section:
/// <code>
/// "site": {
///   "title": "AttackKb",                   // shown in every page's header and title
///   "home": "hub",                         // index.html: "hub" (certificate hub) or "overview" (coverage by tactic)
///   "since": "attack/enterprise-attack-17.1.json.gz", // the overview shows what changed since this release
///   "hub": ["T1596.003", "T1588.004", …],  // certificate hub: technique IDs along the attack lifecycle
///   "baseUrl": "https://team.example/kb/"  // where the site is published ("" = unknown: links stay relative)
/// }
/// </code>
/// A malformed section is a <see cref="ConfigException"/> (exit 2), like the rest of the config.
/// </summary>
public sealed record SiteOptions
{
    /// <summary>
    /// The certificate techniques along the lifecycle: reconnaissance → resource development → defense evasion →
    /// credential access → command and control.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultHub =
    [
        "T1596.003", "T1588.004", "T1587.003", "T1608.003", "T1587.002", "T1588.003",
        "T1553.004", "T1553.002", "T1649", "T1552.004", "T1573.002",
    ];

    public string Title { get; init; } = "AttackKb";
    /// <summary>What index.html shows; with <see cref="HomePage.Overview"/> the hub moves to hub.html.</summary>
    public HomePage Home { get; init; } = HomePage.Hub;
    /// <summary>The previous release, relative to the KB (<c>site.since</c>): the overview says what changed since.
    /// </summary>
    public string? SincePath { get; init; }
    /// <summary>That release, read by the caller (the CLI) from <see cref="SincePath"/>.</summary>
    public AttackRelease? Since { get; init; }
    public IReadOnlyList<string> Hub { get; init; } = DefaultHub;
    /// <summary>
    /// Where the site is published, ending in '/' ("" when unknown). Pages link relatively whatever it is (so the site
    /// works from file:// and any folder); it only prefixes the links that cannot be relative: the Navigator layer's
    /// links back to the site (the layer is opened in the Navigator, elsewhere) and the 404 page's, which a static
    /// host serves at any depth.
    /// </summary>
    public string BaseUrl { get; init; } = "";
    /// <summary>Technique pages over this many bytes of HTML are reported (AKB7103).</summary>
    public int TechniquePageBudget { get; init; } = 50 * 1024;
    /// <summary>The config file the options came from (null: built-in defaults), for diagnostics about it.</summary>
    public string? ConfigPath { get; init; }
    /// <summary>Render pages on several threads (output is identical either way).</summary>
    public bool Parallel { get; init; } = true;

    public static SiteOptions Default { get; } = new();

    public static SiteOptions From(KbConfig config)
    {
        if (config.Section("site") is not { } site) return Default;
        string where = config.SourcePath ?? KbConfig.FileName;
        if (site.ValueKind != JsonValueKind.Object) throw new ConfigException($"{where}: 'site' must be an object");
        var options = Default with { ConfigPath = config.SourcePath };
        if (site.TryGetProperty("title", out var title))
            options = options with
            {
                Title = title.ValueKind == JsonValueKind.String && title.GetString()!.Trim().Length > 0
                    ? title.GetString()!.Trim()
                    : throw new ConfigException($"{where}: 'site.title' must be a non-empty string"),
            };
        if (site.TryGetProperty("home", out var home))
            options = options with
            {
                Home = (home.ValueKind == JsonValueKind.String ? home.GetString() : null) switch
                {
                    "hub" => HomePage.Hub,
                    "overview" => HomePage.Overview,
                    _ => throw new ConfigException($"{where}: 'site.home' must be \"hub\" or \"overview\""),
                },
            };
        if (site.TryGetProperty("since", out var since))
            options = options with
            {
                SincePath = since.ValueKind == JsonValueKind.String && since.GetString()!.Trim().Length > 0
                    ? since.GetString()!.Trim()
                    : throw new ConfigException($"{where}: 'site.since' must be the path of an ATT&CK release"),
            };
        if (site.TryGetProperty("hub", out var hub))
        {
            if (hub.ValueKind != JsonValueKind.Array
                || hub.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                throw new ConfigException($"{where}: 'site.hub' must be an array of ATT&CK technique IDs");
            options = options with { Hub = hub.EnumerateArray().Select(e => e.GetString()!).ToArray() };
        }
        if (site.TryGetProperty("baseUrl", out var baseUrl))
            options = options.WithBaseUrl(
                baseUrl.ValueKind == JsonValueKind.String ? baseUrl.GetString()! : "\0", $"{where}: 'site.baseUrl'");
        return options;
    }

    /// <summary>
    /// These options with <see cref="BaseUrl"/> set: an http(s) URL (a '/' is added) or "" (relative).
    /// </summary>
    /// <exception cref="ConfigException">anything else, named <paramref name="what"/> in the message.</exception>
    public SiteOptions WithBaseUrl(string url, string what)
    {
        string u = url.Trim();
        if (u.Length == 0) return this with { BaseUrl = "" };
        bool http = u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && u.Length > 8
            || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && u.Length > 7;
        if (!http || u.Any(c => c <= ' ' || c is '"' or '<' or '>' or '\\' or '#' or '?'))
            throw new ConfigException($"{what} must be an http(s) URL or \"\" (got '{url}')");
        return this with { BaseUrl = u.EndsWith('/') ? u : u + "/" };
    }
}

/// <summary>What the site's home page (index.html) is.</summary>
public enum HomePage
{
    /// <summary>The certificate hub (the default: a KB about certificate techniques).</summary>
    Hub,
    /// <summary>Coverage by tactic, gaps and what changed since the previous release; the hub one click away.</summary>
    Overview,
}
