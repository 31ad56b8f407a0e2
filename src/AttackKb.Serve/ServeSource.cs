using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Site;

namespace AttackKb.Serve;

/// <summary>
/// What the KB's config and release say, opened by the caller (the CLI's workspace) at start and again whenever one of
/// <see cref="RebuildAllFiles"/> changes: the folder, its config, the pinned release and the site's options.
/// </summary>
public sealed record ServeSource(string Root, KbConfig Config, AttackRelease? Release, SiteOptions SiteOptions)
{
    /// <summary>Full paths whose change reopens everything (attackkb.json, the pinned release, site.since).</summary>
    public IReadOnlyList<string> RebuildAllFiles { get; init; } = [];
}
