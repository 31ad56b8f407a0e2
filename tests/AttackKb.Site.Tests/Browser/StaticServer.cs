using System.Net;
using System.Net.Sockets;

namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// Serves a generated site on 127.0.0.1 (a free port) the way a plain static host does: files by path, index.html for
/// folders, the site's 404.html with status 404 for anything else. Read-only, never outside its folder.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            // Each request on its own task, as a real static host answers in parallel: one slow or abandoned
            // connection (the browser's speculative preconnects) must not hold up the page's other requests.
            _ = Task.Run(() =>
            {
                try { Serve(context); }
                catch (HttpListenerException) { /* the browser went away mid-response */ }
            });
        }
    }

    private void Serve(HttpListenerContext context)
    {
        string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        string full = Path.GetFullPath(Path.Combine(_root, relative));
        int status = 200;
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            full = Path.Combine(_root, "404.html");
            status = 404;
        }
        byte[] body = File.ReadAllBytes(full);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(full), "application/octet-stream");
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
