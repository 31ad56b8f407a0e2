using AttackKb.Site.Output;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AttackKb.Serve;

/// <summary>
/// Answers one HTTP request from the current snapshot: the site's files with their content type and ETag (304 when
/// the client already has the bytes), the site's own 404 page for anything else, and the served-only files under
/// <see cref="ServedOnly.Prefix"/>. Only GET and HEAD.
/// </summary>
internal sealed class SiteRequests(Func<SiteSnapshot> current, LiveReload reload, CancellationToken stopping)
{
    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        string raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        string rawPath = raw.Split('?', 2)[0];
        if (rawPath == ServedOnly.EventsUrl)
        {
            await Events(context).ConfigureAwait(false);
            return;
        }
        var snapshot = current();
        var file = rawPath switch
        {
            ServedOnly.ScriptUrl => ServedFile.Of(ReloadAssets.Script, ContentTypes.Of(".js"), ""),
            ServedOnly.StyleUrl => ServedFile.Of(ReloadAssets.Style, ContentTypes.Of(".css"), ""),
            _ => SitePathOfUrl.Resolve(raw) is { } path ? snapshot.Get(path) : null,
        };
        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            file = snapshot.Get(SitePaths.NotFound);
            if (file is null) return;
        }
        response.Headers.CacheControl = "no-cache";   // always revalidate: the ETag makes that one small request
        response.Headers.ETag = file.ETag;
        response.ContentType = file.ContentType;
        if (response.StatusCode == StatusCodes.Status200OK && request.Headers.IfNoneMatch == file.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentLength = file.Bytes.Length;
        if (HttpMethods.IsHead(request.Method)) return;
        await response.Body.WriteAsync(file.Bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The live-reload stream of one open page: stays open until the page must reload (one "reload" event), the
    /// client goes away, or the server stops.
    /// </summary>
    private async Task Events(HttpContext context)
    {
        string page = context.Request.Query["path"].ToString();
        string version = context.Request.Query["version"].ToString();
        string? path = SitePathOfUrl.Resolve(page.StartsWith('/') ? page : "/" + page);
        if (path is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var client = reload.Open(path, version, current());
        try
        {
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await response.WriteAsync("retry: 1000\n\n", done.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            await client.Reload.Task.WaitAsync(done.Token).ConfigureAwait(false);
            await response.WriteAsync("event: reload\ndata: changed\n\n", done.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }   // the page closed or the server stops: nothing to tell
        finally { reload.Close(client); }
    }
}
