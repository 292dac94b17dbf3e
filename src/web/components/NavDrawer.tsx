/** The menu of a phone: a button with three bars that opens the navigation in a drawer from the left. */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import { useI18n } from '../app/i18n/context';

interface Props {
  items: Required<MenuProps>['items'];
  selectedKeys: string[];
}

export function NavDrawer({ items, selectedKeys }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="text"
        icon={<MenuOutlined />}
        aria-label={t('nav.menu.open')}
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-testid="menu-button"
        style={{ flex: 'none' }}
      />
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="left"
        size={280}
        title={t('app.name')}
        styles={{ body: { padding: 0 } }}
        data-testid="nav-drawer"
        rootClassName="nav-drawer"
      >
        {/* a tap on an entry navigates (its Link) and closes the drawer */}
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selectedKeys}
          onClick={() => setOpen(false)}
          data-testid="nav-drawer-menu"
        />
      </Drawer>
    </>
  );
}
