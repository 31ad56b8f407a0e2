using System.Text;
using System.Text.RegularExpressions;

namespace AttackKb.Serve.Tests;

/// <summary>
/// The live-reload stream: an open page hears "reload" when its bytes change, not when another page changes, and at
/// once when it connects with a version that is already stale.
/// </summary>
public sealed partial class LiveReloadTests
{
    private const string Page = "/techniques/T1588.003.html";

    [Fact]
    public async Task An_open_page_is_told_to_reload_when_its_note_changes_and_only_then()
    {
        await using var served = await ServedKb.StartAsync();
        string version = await VersionAsync(served, Page);
        using var stream = await OpenAsync(served, Page, version);
        var reload = ReadReloadAsync(stream);

        File.AppendAllText(served.PathOf("tests/T1649/T1649.yaml"), "\n# a comment changes no page\n");
        await served.SettleAsync();
        Assert.False(reload.IsCompleted, "a page that did not change was told to reload");

        string note = served.PathOf("notes/resource-development/T1588.003.md");
        File.WriteAllText(note, File.ReadAllText(note).Replace("## Description\n", "## Description\nNew sentence.\n\n",
            StringComparison.Ordinal));
        Assert.True(await reload.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_page_connecting_with_a_stale_version_reloads_at_once()
    {
        await using var served = await ServedKb.StartAsync();
        using var stream = await OpenAsync(served, Page, "stale");
        Assert.True(await ReadReloadAsync(stream).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static async Task<string> VersionAsync(ServedKb served, string page)
    {
        var (_, bytes) = await served.GetAsync(page);
        return VersionAttribute().Match(Encoding.UTF8.GetString(bytes)).Groups[1].Value;
    }

    private static async Task<Stream> OpenAsync(ServedKb served, string page, string version) =>
        await served.Http.GetStreamAsync(
            $"/_attackkb/events?path={Uri.EscapeDataString(page)}&version={Uri.EscapeDataString(version)}");

    private static async Task<bool> ReadReloadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
            if (line == "event: reload") return true;
        return false;
    }

    [GeneratedRegex("data-version=\"([0-9a-f]+)\"")]
    private static partial Regex VersionAttribute();
}
