using System.Net;
using AttackKb.Cli.Commands;
using AttackKb.Cli.Common;
using AttackKb.Site;

namespace AttackKb.Serve.Tests;

/// <summary>
/// A copy of a KB (default: the repository's data/) served by a real <see cref="SiteServer"/> on a free loopback port,
/// with an HTTP client, and the same copy built by `site` for comparison.
/// </summary>
public sealed class ServedKb : IAsyncDisposable
{
    private readonly StringWriter _log;

    private ServedKb(string root, SiteServer server, StringWriter log)
    {
        Root = root;
        Server = server;
        _log = log;
        Http = new HttpClient { BaseAddress = server.Url };
    }

    public string Root { get; }
    public SiteServer Server { get; }
    public HttpClient Http { get; }
    /// <summary>What the server logged (it writes under a lock on the writer).</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    public static async Task<ServedKb> StartAsync(string? from = null)
    {
        string root = RepoPaths.CopyFolder(from ?? RepoPaths.Data, RepoPaths.TempFolder("serve-kb"));
        var log = new StringWriter();
        var server = await SiteServer.StartAsync(
            () => ServeCommand.Source(root, null, null), new ServeOptions(Port: 0), log);
        return new ServedKb(root, server, log);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Waits until the server has built every change made so far.</summary>
    public Task SettleAsync() => Server.SettleAsync(TimeSpan.FromMilliseconds(300));

    public async Task<(HttpStatusCode Status, byte[] Bytes)> GetAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>What `attackkb site` writes for the KB's files as they are now: relative path → bytes.</summary>
    public Dictionary<string, byte[]> SiteOutput()
    {
        string output = RepoPaths.TempFolder("serve-site");
        var workspace = Workspace.Open(Root);
        var options = SiteCommand.Options(workspace, baseUrl: null);
        SiteGenerator.Generate(workspace.Load(), options, output);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        Directory.Delete(output, recursive: true);
        return files;
    }

    /// <summary>A served page as `site` writes it: the served-only insertions removed.</summary>
    public static byte[] WithoutServedOnly(byte[] served) =>
        System.Text.Encoding.UTF8.GetBytes(ServedOnly.Strip(System.Text.Encoding.UTF8.GetString(served)));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
