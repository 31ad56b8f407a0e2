using System.Collections.Concurrent;

namespace AttackKb.Serve;

/// <summary>
/// The open pages (one Server-Sent Events stream each) and the version each shows; after every rebuild, the pages
/// whose bytes changed are told to reload. Only open pages are rendered again at once; the rest wait to be asked for.
/// </summary>
internal sealed class LiveReload
{
    private readonly ConcurrentDictionary<Client, byte> _clients = new();

    /// <summary>One open page: its site path, the version it shows, and the signal to reload.</summary>
    public sealed class Client(string path, string version)
    {
        public string Path { get; } = path;
        public string Version { get; } = version;
        public TaskCompletionSource Reload { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public int Count => _clients.Count;

    /// <summary>Registers a page; it is told to reload at once when the snapshot already differs from it.</summary>
    public Client Open(string path, string version, SiteSnapshot current)
    {
        var client = new Client(path, version);
        _clients[client] = 0;
        if (current.VersionOf(path) != version) client.Reload.TrySetResult();
        return client;
    }

    public void Close(Client client) => _clients.TryRemove(client, out _);

    /// <summary>Tells every open page whose bytes differ in <paramref name="snapshot"/> to reload; returns how many.
    /// </summary>
    public int Notify(SiteSnapshot snapshot)
    {
        var open = _clients.Keys.Where(c => !c.Reload.Task.IsCompleted).ToArray();
        // Each open path is rendered once (in parallel), however many tabs show it.
        var versions = open.Select(c => c.Path).Distinct(StringComparer.Ordinal).AsParallel()
            .Select(path => (path, snapshot.VersionOf(path)))
            .ToDictionary(v => v.path, v => v.Item2, StringComparer.Ordinal);
        int count = 0;
        foreach (var client in open)
            if (versions[client.Path] != client.Version)
            {
                client.Reload.TrySetResult();
                count++;
            }
        return count;
    }
}
