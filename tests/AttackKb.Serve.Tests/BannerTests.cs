using System.Net;
using System.Text;

namespace AttackKb.Serve.Tests;

/// <summary>
/// Lint in the page: a note with lint errors shows them (code, line, message) in a banner on its served page; a note
/// that no longer reads keeps its last good page with the banner; the server goes on serving either way.
/// </summary>
public sealed class BannerTests
{
    private const string Note = "notes/resource-development/T1588.003.md";
    private const string Page = "/techniques/T1588.003.html";

    [Fact]
    public async Task A_lint_error_shows_in_a_banner_with_code_line_and_escaped_message_until_fixed()
    {
        await using var served = await ServedKb.StartAsync();
        string good = File.ReadAllText(served.PathOf(Note));
        Assert.DoesNotContain("attackkb-serve-banner", await PageAsync(served));

        // An unknown tactic is a lint error (the page still renders); the message quotes the value, escaped.
        File.WriteAllText(served.PathOf(Note),
            good.Replace("- resource-development", "- <b>no-such-tactic</b>", StringComparison.Ordinal));
        await served.SettleAsync();
        string html = await PageAsync(served);
        Assert.Contains("attackkb-serve-banner", html);
        Assert.Matches("<li><code>AKB\\d{4}</code> line 7: [^<]*&lt;b&gt;no-such-tactic&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>no-such-tactic</b>", html);

        File.WriteAllText(served.PathOf(Note), good);
        await served.SettleAsync();
        Assert.DoesNotContain("attackkb-serve-banner", await PageAsync(served));
    }

    [Fact]
    public async Task A_note_that_no_longer_reads_keeps_its_last_good_page_with_the_banner()
    {
        await using var served = await ServedKb.StartAsync();
        string good = File.ReadAllText(served.PathOf(Note));
        string before = await PageAsync(served);

        File.WriteAllText(served.PathOf(Note), "---\ntactics: [unclosed\n" + good[4..]);
        await served.SettleAsync();
        string broken = await PageAsync(served);
        Assert.Contains($"{Note} no longer reads: this is its last good page", broken);
        Assert.Matches("<li><code>AKB\\d{4}</code> line \\d+: ", broken);
        Assert.Equal(ServedOnly.Strip(before), ServedOnly.Strip(broken));
        // `site` leaves the note out: its page there shows the release's facts alone.
        string site = Encoding.UTF8.GetString(served.SiteOutput()["techniques/T1588.003.html"]);
        Assert.NotEqual(ServedOnly.Strip(before), site);

        // Still broken after another, unrelated edit: the page stays.
        File.AppendAllText(served.PathOf("notes/resource-development/T1608.md"), "\nMore.\n");
        await served.SettleAsync();
        Assert.Contains("no longer reads", await PageAsync(served));

        File.WriteAllText(served.PathOf(Note), good);
        await served.SettleAsync();
        Assert.Equal(ServedOnly.Strip(before), ServedOnly.Strip(await PageAsync(served)));
        Assert.DoesNotContain("attackkb-serve-banner", await PageAsync(served));
    }

    [Fact]
    public async Task A_bad_config_keeps_the_last_good_site_and_a_fixed_one_rebuilds_everything()
    {
        await using var served = await ServedKb.StartAsync();
        string config = served.PathOf("attackkb.json");
        string good = File.ReadAllText(config);
        File.WriteAllText(config, "{ not json");
        await served.SettleAsync();
        Assert.Contains("still serving the last good site", served.Log);
        Assert.Equal(HttpStatusCode.OK, (await served.GetAsync(Page)).Status);

        File.WriteAllText(config, good.Replace("\"AKB6520\": \"info\"", "\"AKB6520\": \"error\"",
            StringComparison.Ordinal));
        await served.SettleAsync();
        Assert.Contains("config or release reopened", served.Log);
    }

    private static async Task<string> PageAsync(ServedKb served)
    {
        var (status, bytes) = await served.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, status);
        return Encoding.UTF8.GetString(bytes);
    }
}
