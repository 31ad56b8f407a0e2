namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium (<see cref="ChromiumPath"/>): skipped with a reason when it is not installed,
/// unless ATTACKKB_REQUIRE_BROWSER=1 (CI, where the README's test command installs it) — then it fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("ATTACKKB_REQUIRE_BROWSER") is "1" or "true";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !Required)
            Skip = $"{ChromiumPath} not found (apt-get install chromium; the README's test command installs it)";
    }
}
