using System.Globalization;
using Concord.Formats.Ccsds.Oem;
using Concord.Hub.SpaceObjects;
using Concord.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Concord.Hub.Catalog;

/// <summary>Which catalog object an OEM segment is about (CCSDS 502.0-B-3 names it by OBJECT_NAME and OBJECT_ID, the
/// latter usually an international designator).</summary>
internal static class OemObjects
{
    /// <summary>The first of <paramref name="numberCandidates"/> that is a catalog number, else the registered object
    /// whose international designator is the segment's OBJECT_ID (preferred) or whose name is its OBJECT_NAME, else null.</summary>
    public static async Task<int?> CatalogNumberAsync(HubDbContext db, OemMetadata metadata, IEnumerable<string> numberCandidates,
        CancellationToken cancellationToken)
    {
        foreach (string candidate in numberCandidates)
        {
            if (int.TryParse(candidate, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number <= SpaceObjectRules.MaxCatalogNumber)
            {
                return number;
            }
        }

        return await db.SpaceObjects.AsNoTracking()
            .Where(o => o.InternationalDesignator == metadata.ObjectId || o.Name == metadata.ObjectName)
            .OrderBy(o => o.InternationalDesignator == metadata.ObjectId ? 0 : 1)
            .Select(o => (int?)o.CatalogNumber)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
