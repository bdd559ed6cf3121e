using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concord.Hub.Storage;

/// <summary>Inserts many rows of one entity type with multi-row <c>INSERT … VALUES</c> commands built from the EF Core
/// model (table, columns, value converters and parameter types), inside the context's current transaction.</summary>
/// <remarks>
/// For large submissions only: <c>SaveChanges</c> on 30,000 tracked element sets took most of the 5 s budget (change
/// tracking and one command per 1,000 rows), while these commands insert the same rows several times faster on SQLite
/// (the benchmark in docs/benchmarks.md). Rows are not tracked. Works with any relational provider whose parameters
/// are named <c>@name</c> (SQLite, PostgreSQL).
/// </remarks>
internal static class HubBulkInsert
{
    // 500 rows × 30 columns stays below SQLite's 32,766 host parameters and PostgreSQL's 65,535.
    private const int MaxParametersPerCommand = 15_000;

    /// <summary>Inserts <paramref name="rows"/>; the caller owns the transaction (see <see cref="DatabaseFacade.BeginTransactionAsync"/>).</summary>
    public static async Task InsertAsync<T>(HubDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        IEntityType entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        string table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        IProperty[] properties = [.. entity.GetProperties().Where(p => p.PropertyInfo is not null)];
        RelationalTypeMapping[] mappings = [.. properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping())];
        string columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));
        string prefix = $"INSERT INTO {sql.DelimitIdentifier(table, entity.GetSchema())} ({columns}) VALUES ";
        int rowsPerCommand = Math.Max(1, MaxParametersPerCommand / properties.Length);

        DbConnection connection = db.Database.GetDbConnection();
        DbTransaction? transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (int start = 0; start < rows.Count; start += rowsPerCommand)
        {
            int count = Math.Min(rowsPerCommand, rows.Count - start);
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(prefix, prefix.Length + (count * properties.Length * 8));
            for (int r = 0; r < count; r++)
            {
                T row = rows[start + r];
                text.Append(r == 0 ? "(" : ", (");
                for (int c = 0; c < properties.Length; c++)
                {
                    string name = $"p{r}_{c}";
                    if (c > 0)
                    {
                        text.Append(", ");
                    }

                    text.Append('@').Append(name);
                    object? value = properties[c].PropertyInfo!.GetValue(row);
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, value, properties[c].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
