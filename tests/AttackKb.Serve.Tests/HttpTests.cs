using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AttackKb.Serve.Tests;

/// <summary>
/// The site over HTTP: content types, ETags and 304, the 404 page, and URLs that try to leave the site.
/// </summary>
public sealed class HttpTests : IAsyncLifetime
{
    private ServedKb _served = null!;

    public async Task InitializeAsync() => _served = await ServedKb.StartAsync();

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html; charset=utf-8")]
    [InlineData("/techniques/T1587.003.html", "text/html; charset=utf-8")]
    [InlineData("/assets/style.css", "text/css; charset=utf-8")]
    [InlineData("/assets/search.js", "text/javascript; charset=utf-8")]
    [InlineData("/assets/favicon.svg", "image/svg+xml")]
    [InlineData("/coverage.json", "application/json")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/search/index.js", "text/javascript; charset=utf-8")]
    [InlineData("/_attackkb/reload.js", "text/javascript; charset=utf-8")]
    public async Task Files_are_served_with_their_content_type(string url, string contentType)
    {
        using var response = await _served.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task An_unchanged_file_revalidates_with_304()
    {
        using var first = await _served.Http.GetAsync("/techniques/T1587.003.html");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/techniques/T1587.003.html");
        again.Headers.IfNoneMatch.Add(etag);
        using var response = await _served.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/techniques/T1587.003.html");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        using var full = await _served.Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
    }

    [Theory]
    [InlineData("/no-such-page.html")]
    [InlineData("/../attackkb.json")]
    [InlineData("/..%2fattackkb.json")]
    [InlineData("/%2e%2e/attackkb.json")]
    [InlineData("/techniques/..%2F..%2Fattackkb.json")]
    [InlineData("/techniques%5c..%5cattackkb.json")]
    [InlineData("/techniques\\..\\attackkb.json")]
    [InlineData("/notes/resource-development/T1588.003.md")]
    [InlineData("//etc/passwd")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/assets/../../data/attackkb.json")]
    public async Task Urls_outside_the_site_get_the_404_page(string url)
    {
        var (status, bytes) = await GetRawAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<title>Page not found", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_nul_in_the_path_is_refused_by_kestrel_before_the_site_is_asked()
    {
        var (status, _) = await GetRawAsync("/techniques/%00.html");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Pages_carry_the_reload_script_as_a_same_origin_file_and_site_output_does_not()
    {
        var (_, bytes) = await _served.GetAsync("/techniques/T1587.003.html");
        string html = Encoding.UTF8.GetString(bytes);
        Assert.Contains("<script src=\"/_attackkb/reload.js\" data-version=\"", html);
        Assert.DoesNotContain("<script>", html);   // nothing inline: the pages' CSP (script-src 'self') holds
        var site = _served.SiteOutput();
        Assert.DoesNotContain(site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            f => Encoding.UTF8.GetString(f.Value).Contains("_attackkb", StringComparison.Ordinal));
    }

    /// <summary>
    /// Sends the URL's bytes as written (HttpClient would normalize dot segments and backslashes away before they
    /// reach the server).
    /// </summary>
    private async Task<(HttpStatusCode, byte[])> GetRawAsync(string target)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_served.Server.Url.Host, _served.Server.Url.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"GET {target} HTTP/1.1\r\nHost: {_served.Server.Url.Authority}\r\nConnection: close\r\n\r\n"));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        string response = Encoding.UTF8.GetString(buffer.ToArray());
        int status = int.Parse(response.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        int body = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return ((HttpStatusCode)status, Encoding.UTF8.GetBytes(response[(body + 4)..]));
    }
}
