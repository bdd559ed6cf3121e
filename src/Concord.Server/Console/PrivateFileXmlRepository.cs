using System.Xml.Linq;
using Concord.Server.Hosting;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Concord.Server.Console;

/// <summary>The data-protection key ring in a directory readable by the hub's user only: the directory is created with
/// mode 0700 and every key file is set to 0600 as it is written (the framework's own repository leaves both to the
/// umask).</summary>
internal sealed class PrivateFileXmlRepository : IXmlRepository
{
    private readonly FileSystemXmlRepository _inner;
    private readonly string _directory;

    public PrivateFileXmlRepository(string directory, ILoggerFactory loggerFactory)
    {
        _directory = directory;
        DataFiles.EnsurePrivateDirectory(directory, tighten: true); // the hub's own folder
        _inner = new FileSystemXmlRepository(new DirectoryInfo(directory), loggerFactory);
    }

    public IReadOnlyCollection<XElement> GetAllElements() => _inner.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        DataFiles.EnsurePrivateDirectory(_directory);
        _inner.StoreElement(element, friendlyName);
        foreach (string file in Directory.EnumerateFiles(_directory, "*.xml"))
        {
            DataFiles.RestrictToOwner(file);
        }
    }
}
