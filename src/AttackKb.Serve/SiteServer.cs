using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AttackKb.Serve;

/// <summary>
/// `attackkb serve`: builds the site in memory, serves it with Kestrel (slim builder, one request delegate: no MVC, no
/// reflection, Native AOT as the rest of the tool) and rebuilds it after every batch of changes the watcher reports,
/// then tells the open pages that changed to reload. A bad file or config never stops it: the error goes to the log
/// and the last good site stays up. Stops on <see cref="StopAsync"/> or SIGINT/SIGTERM (the host's console lifetime).
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly SiteBuilder _builder;
    private readonly KbWatcher _watcher;
    private readonly WebApplication _app;
    private readonly LiveReload _reload = new();
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private int _busy;
    private int _rebuilds;

    private SiteServer(SiteBuilder builder, KbWatcher watcher, WebApplication app, TextWriter log)
    {
        _builder = builder;
        _watcher = watcher;
        _app = app;
        _log = log;
    }

    /// <summary>The address it serves, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Completes when the server is asked to stop: <see cref="StopAsync"/>, or SIGINT/SIGTERM (the host's console
    /// lifetime turns them into "stopping"); the caller then disposes it.
    /// </summary>
    public Task StopRequested => Task.Delay(Timeout.Infinite, _app.Lifetime.ApplicationStopping)
        .ContinueWith(_ => { }, TaskScheduler.Default);

    /// <summary>Rebuilds done since start (the first build included).</summary>
    public int Builds { get; private set; }

    internal SiteSnapshot Current => _builder.Current!;

    /// <summary>
    /// Opens the source, builds the site and starts listening. Throws when the first build fails (nothing to serve)
    /// or the address cannot be bound.
    /// </summary>
    public static async Task<SiteServer> StartAsync(Func<ServeSource> open, ServeOptions options, TextWriter log)
    {
        var builder = new SiteBuilder(open);
        var first = builder.Build(ChangeSet.All);
        var source = builder.Source;
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        web.Logging.ClearProviders();
        web.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        web.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.Host == "localhost") kestrel.ListenLocalhost(options.Port);
            else if (IPAddress.TryParse(options.Host, out var ip)) kestrel.Listen(ip, options.Port);
            else throw new ArgumentException($"--host must be an IP address or localhost: {options.Host}");
        });
        var app = web.Build();
        var watcher = new KbWatcher(source.Root, source.RebuildAllFiles);
        var server = new SiteServer(builder, watcher, app, log);
        server.Builds = 1;
        var requests = new SiteRequests(() => server.Current, server._reload, app.Lifetime.ApplicationStopping);
        app.Run(requests.Handle);
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        server.Url = new Uri(address.EndsWith('/') ? address : address + "/");
        server.Log($"built in {Ms(first.Elapsed)} ({first.FilesRead} files read); serving {server.Url} (Ctrl-C stops)");
        server._loop = Task.Run(() => server.WatchAsync(server._stop.Token));
        return server;
    }

    private async Task WatchAsync(CancellationToken cancel)
    {
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var changes = await _watcher.NextAsync(cancel).ConfigureAwait(false);
                Interlocked.Exchange(ref _busy, 1);
                try { Rebuild(changes); }
                finally { Interlocked.Exchange(ref _busy, 0); }
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>How long the KB must stay unchanged before the previous sites' memory is given back.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Memory stays flat over a long session: every rebuild leaves the previous site (model, rendered pages,
    /// templates) as garbage, which background collections free but keep, so the process grew by half over 1,000
    /// edits. Once the edits pause, one compacting collection gives it back; never while a rebuild runs or during a
    /// burst of edits, where its pause would delay the next reload.
    /// </summary>
    private void ReleaseMemoryWhenQuiet(int rebuild) =>
        _ = Task.Delay(QuietPeriod, _stop.Token).ContinueWith(
            _ =>
            {
                if (Volatile.Read(ref _rebuilds) != rebuild || Volatile.Read(ref _busy) == 1) return;
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            },
            CancellationToken.None, TaskContinuationOptions.NotOnCanceled, TaskScheduler.Default);

    private void Rebuild(ChangeSet changes)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var outcome = _builder.Build(changes);
            if (outcome.Unchanged) return;
            int reloaded = _reload.Notify(_builder.Current!);
            Builds++;
            var (read, lint, plan) = outcome.Stages;
            Log($"rebuilt in {Ms(clock.Elapsed)} ({outcome.FilesRead} files read in {Ms(read)}"
                + (outcome.Reopened ? ", config or release reopened" : "")
                + $"; lint of {outcome.FilesLinted} file{(outcome.FilesLinted == 1 ? "" : "s")} {Ms(lint)}"
                + $" beside site map {Ms(plan)}; {reloaded} open page{(reloaded == 1 ? "" : "s")}"
                + " reloaded)");
            ReleaseMemoryWhenQuiet(Interlocked.Increment(ref _rebuilds));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Builds++;
            Log($"{e.Message}; still serving the last good site");
        }
    }

    /// <summary>
    /// For tests: waits until every change the watcher saw has been built and nothing happened for
    /// <paramref name="quiet"/>.
    /// </summary>
    internal async Task SettleAsync(TimeSpan quiet)
    {
        while (true)
        {
            long seen = _watcher.Events;
            await Task.Delay(quiet).ConfigureAwait(false);
            if (_watcher.Events == seen && _watcher.Pending == 0 && Volatile.Read(ref _busy) == 0) return;
        }
    }

    private void Log(string message)
    {
        lock (_log) _log.WriteLine("attackkb: serve: " + message);
    }

    private static string Ms(TimeSpan t) =>
        t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        try { await _loop.ConfigureAwait(false); }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _watcher.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
