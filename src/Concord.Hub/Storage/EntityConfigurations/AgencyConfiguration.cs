using Concord.Hub.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(AgencyRules.MaxNameLength).IsRequired();
        builder.Property(a => a.Country).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.Property(a => a.CreatedAt).IsRequired();
        builder.OwnsMany(a => a.Contacts, contact =>
        {
            contact.ToTable("agency_contacts");
            contact.WithOwner().HasForeignKey("AgencyId");
            contact.Property<int>("Id");
            contact.HasKey("Id");
            contact.Property(c => c.Name).HasMaxLength(AgencyRules.MaxNameLength).IsRequired();
            contact.Property(c => c.Email).HasMaxLength(AgencyRules.MaxEmailLength).IsRequired();
            contact.Property(c => c.Phone).HasMaxLength(AgencyRules.MaxPhoneLength);
        });
    }
}
