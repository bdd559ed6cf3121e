using Concord.Hub.Conjunctions;
using Concord.Hub.Coordination;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionEscalationConfiguration : IEntityTypeConfiguration<ConjunctionEscalation>
{
    public void Configure(EntityTypeBuilder<ConjunctionEscalation> builder)
    {
        builder.ToTable("conjunction_escalations");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Agency).HasMaxLength(Agencies.AgencyRules.MaxCodeLength);
        builder.Property(s => s.Role).HasMaxLength(32);
        // One line per recipient ("Name <email>"): names may hold commas.
        builder.Property(s => s.Recipients).HasMaxLength(4096)
            .HasConversion(list => string.Join('\n', list), text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList())
            .Metadata.SetValueComparer(HubConversions.ListComparer<string>());
        builder.HasIndex(s => new { s.EventId, s.Agency, s.Step, s.LevelSince }).IsUnique();
        builder.HasOne<ConjunctionEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
